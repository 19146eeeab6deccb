//! Prints the embedded ECS table: every code with its variant, statuses and retry class.

use aliyun_errors::ErrorCode;
use aliyun_errors::ecs::EcsError;

fn main() {
    for code in EcsError::ALL {
        println!(
            "{:<40} {:<36} {:<10} {}",
            code.code(),
            format!("{code:?}"),
            code.retry(),
            code.message()
        );
    }
}
