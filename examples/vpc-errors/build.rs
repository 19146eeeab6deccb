//! Generates `VpcError` from the common Alibaba Cloud codes and the VPC API's own, merged.

fn main() {
    let result = aliyun_errors_codegen::Config::new("VpcError")
        .table("spec/common.csv")
        .table("spec/vpc.csv")
        .doc("An error code of the (example) VPC API: the common codes, then VPC's own.")
        .write();
    if let Err(error) = result {
        // Every diagnostic, one per line, then fail the build.
        eprintln!("{error}");
        std::process::exit(1);
    }
}
