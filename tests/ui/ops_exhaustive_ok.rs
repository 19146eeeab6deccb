// One API's documented codes: a match without a wildcard arm covers them and `Other`.
use aliyun_errors::ecs::EcsError;
use aliyun_errors::ecs::ops::DescribeInstancesError;

fn action(e: DescribeInstancesError) -> &'static str {
    use DescribeInstancesError as E;
    match e {
        E::InternalError => "retry later",
        E::InvalidFilterKeyNotFound
        | E::InvalidFilterValue
        | E::InvalidHpcClusterIdNotFound
        | E::InvalidInstanceChargeTypeNotFound
        | E::InvalidInternetChargeTypeValueNotSupported
        | E::InvalidLockReasonNotFound
        | E::InvalidNetworkTypeNotFound
        | E::InvalidStatusNotFound
        | E::InvalidTagMismatch
        | E::InvalidTagCount => "fix the request",
        E::InvalidHpcClusterIdCreating => "wait for the cluster",
        E::OperationDeniedInvalidDbClusterIdNotFound
        | E::OperationDeniedInvalidDbClusterNameNotFound => "check the cluster",
        E::Other(other) if other.product() == EcsError::Throttling => "slow down",
        E::Other(_) => "another code of ECS",
    }
}

fn main() {
    let _ = action(DescribeInstancesError::InvalidFilterValue);
}
