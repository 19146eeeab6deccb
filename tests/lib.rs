//! Integration and compile-fail tests of `aliyun-errors`; see `tests/`.
//!
//! The library holds a generated enum so that `cargo doc` (with `-D warnings`) checks the
//! documentation the macro writes, Markdown in messages included.

use aliyun_errors::error_table;

#[path = "rng.rs"]
pub mod rng;

/// README's retry example, as written there (extracted by `build.rs`), compiled as a doctest.
#[doc = include_str!(concat!(env!("OUT_DIR"), "/readme_retry.md"))]
pub mod readme_retry {}

/// README's example of operations' kinds, as written there, compiled as a doctest.
#[doc = include_str!(concat!(env!("OUT_DIR"), "/readme_operations.md"))]
pub mod readme_operations {}

/// Errors of a small test API, whose messages hold Markdown and HTML characters.
#[error_table(csv = "spec/small.csv")]
pub enum SmallError {}

/// The small table as a `non_exhaustive` enum: outside this crate, a `match` needs a
/// wildcard (`tests/ui/non_exhaustive_foreign.rs`).
#[error_table(csv = "spec/small.csv", non_exhaustive)]
pub enum OpenSmallError {}

/// A DescribeInstances-like response, the same Rust type for its XML and JSON forms, and
/// bodies of any size (for tests and benchmarks).
#[allow(missing_docs)] // Field names mirror the API's, which documents them.
pub mod describe_instances {
    use std::fmt::Write as _;

    use serde::Deserialize;

    #[derive(Deserialize, Debug, PartialEq)]
    #[serde(rename_all = "PascalCase")]
    pub struct DescribeInstances {
        pub total_count: u32,
        pub page_number: u32,
        pub page_size: u32,
        pub instances: Instances,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    pub struct Instances {
        #[serde(rename = "Instance", default)]
        pub instance: Vec<Instance>,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    #[serde(rename_all = "PascalCase")]
    pub struct Instance {
        pub instance_id: String,
        pub instance_name: String,
        pub cpu: u32,
        pub memory: u64,
        pub status: String,
        pub io_optimized: bool,
        pub vpc_attributes: VpcAttributes,
        pub security_group_ids: SecurityGroupIds,
        pub tags: Tags,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    #[serde(rename_all = "PascalCase")]
    pub struct VpcAttributes {
        pub vpc_id: String,
        #[serde(rename = "VSwitchId")]
        pub vswitch_id: String,
        pub private_ip_address: IpAddresses,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    pub struct IpAddresses {
        #[serde(rename = "IpAddress", default)]
        pub ip_address: Vec<String>,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    pub struct SecurityGroupIds {
        #[serde(rename = "SecurityGroupId", default)]
        pub security_group_id: Vec<String>,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    pub struct Tags {
        #[serde(rename = "Tag", default)]
        pub tag: Vec<Tag>,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    #[serde(rename_all = "PascalCase")]
    pub struct Tag {
        pub tag_key: String,
        pub tag_value: String,
    }

    /// Instance `i` of a generated response (some with no IP address, some with tags).
    pub fn instance(i: usize) -> Instance {
        Instance {
            instance_id: format!("i-bp67acfmxazb{i:06}"),
            instance_name: format!("web-{i}"),
            cpu: 2 << (i % 3),
            memory: 4096 << (i % 4),
            status: if i.is_multiple_of(4) {
                "Stopped"
            } else {
                "Running"
            }
            .to_owned(),
            io_optimized: i.is_multiple_of(2),
            vpc_attributes: VpcAttributes {
                vpc_id: "vpc-bp1ek8x".to_owned(),
                vswitch_id: "vsw-bp1ek8x".to_owned(),
                private_ip_address: IpAddresses {
                    ip_address: (0..i % 3)
                        .map(|k| format!("172.17.{}.{}", i % 250, k + 10))
                        .collect(),
                },
            },
            security_group_ids: SecurityGroupIds {
                security_group_id: vec!["sg-bp67acfmxazb4p".to_owned()],
            },
            tags: Tags {
                tag: (0..i % 2)
                    .map(|k| Tag {
                        tag_key: format!("env{k}"),
                        tag_value: format!("prod & <{i}>"),
                    })
                    .collect(),
            },
        }
    }

    /// The XML body of a response listing `count` instances.
    pub fn xml_body(count: usize) -> String {
        let escape = |text: &str| quick_xml::escape::escape(text).into_owned();
        let mut out = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><DescribeInstancesResponse><RequestId>473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E</RequestId>",
        );
        let _ = write!(
            out,
            "<TotalCount>{count}</TotalCount><PageNumber>1</PageNumber><PageSize>{count}</PageSize><Instances>"
        );
        for i in 0..count {
            let x = instance(i);
            let _ = write!(
                out,
                "<Instance><InstanceId>{}</InstanceId><InstanceName>{}</InstanceName><Cpu>{}</Cpu><Memory>{}</Memory><Status>{}</Status><IoOptimized>{}</IoOptimized>",
                x.instance_id, x.instance_name, x.cpu, x.memory, x.status, x.io_optimized
            );
            let v = &x.vpc_attributes;
            let _ = write!(
                out,
                "<VpcAttributes><VpcId>{}</VpcId><VSwitchId>{}</VSwitchId><PrivateIpAddress>",
                v.vpc_id, v.vswitch_id
            );
            for ip in &v.private_ip_address.ip_address {
                let _ = write!(out, "<IpAddress>{ip}</IpAddress>");
            }
            out.push_str("</PrivateIpAddress></VpcAttributes><SecurityGroupIds>");
            for id in &x.security_group_ids.security_group_id {
                let _ = write!(out, "<SecurityGroupId>{id}</SecurityGroupId>");
            }
            out.push_str("</SecurityGroupIds><Tags>");
            for tag in &x.tags.tag {
                let _ = write!(
                    out,
                    "<Tag><TagKey>{}</TagKey><TagValue>{}</TagValue></Tag>",
                    escape(&tag.tag_key),
                    escape(&tag.tag_value)
                );
            }
            out.push_str("</Tags></Instance>");
        }
        out.push_str("</Instances></DescribeInstancesResponse>");
        out
    }

    /// The JSON body of the same response.
    pub fn json_body(count: usize) -> String {
        let mut out = String::from("{\"RequestId\":\"473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E\",");
        let _ = write!(
            out,
            "\"TotalCount\":{count},\"PageNumber\":1,\"PageSize\":{count},\"Instances\":{{\"Instance\":["
        );
        for i in 0..count {
            let x = instance(i);
            if i > 0 {
                out.push(',');
            }
            let v = &x.vpc_attributes;
            let ips: Vec<String> = v
                .private_ip_address
                .ip_address
                .iter()
                .map(|ip| js(ip))
                .collect();
            let groups: Vec<String> = x
                .security_group_ids
                .security_group_id
                .iter()
                .map(|g| js(g))
                .collect();
            let tags: Vec<String> = x
                .tags
                .tag
                .iter()
                .map(|t| {
                    format!(
                        "{{\"TagKey\":{},\"TagValue\":{}}}",
                        js(&t.tag_key),
                        js(&t.tag_value)
                    )
                })
                .collect();
            let _ = write!(
                out,
                "{{\"InstanceId\":{},\"InstanceName\":{},\"Cpu\":{},\"Memory\":{},\"Status\":{},\"IoOptimized\":{},\"VpcAttributes\":{{\"VpcId\":{},\"VSwitchId\":{},\"PrivateIpAddress\":{{\"IpAddress\":[{}]}}}},\"SecurityGroupIds\":{{\"SecurityGroupId\":[{}]}},\"Tags\":{{\"Tag\":[{}]}}}}",
                js(&x.instance_id),
                js(&x.instance_name),
                x.cpu,
                x.memory,
                js(&x.status),
                x.io_optimized,
                js(&v.vpc_id),
                js(&v.vswitch_id),
                ips.join(","),
                groups.join(","),
                tags.join(",")
            );
        }
        out.push_str("]}}");
        out
    }

    /// A JSON string literal.
    fn js(text: &str) -> String {
        serde_json::Value::from(text).to_string()
    }
}

/// A test encoder of error envelopes, the inverse of the decoder: for round-trip properties
/// (proptest) and the `roundtrip` fuzz target.
pub mod envelope {
    use std::fmt::Write as _;

    /// The fields of an error envelope, as a server would fill them.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct Envelope {
        /// `RequestId`.
        pub request_id: String,
        /// `HostId`.
        pub host_id: String,
        /// `Code`.
        pub code: String,
        /// `Message`.
        pub message: String,
        /// `Recommend`.
        pub recommend: String,
    }

    impl Envelope {
        fn fields(&self) -> [(&'static str, &str); 5] {
            [
                ("RequestId", &self.request_id),
                ("HostId", &self.host_id),
                ("Code", &self.code),
                ("Message", &self.message),
                ("Recommend", &self.recommend),
            ]
        }

        /// The JSON form.
        pub fn to_json(&self) -> String {
            let map: serde_json::Map<String, serde_json::Value> = self
                .fields()
                .iter()
                .map(|(k, v)| ((*k).to_owned(), serde_json::Value::from(*v)))
                .collect();
            serde_json::Value::Object(map).to_string()
        }

        /// The XML form, or `None` when a field holds NUL, which XML cannot carry. Markup
        /// characters are escaped by quick-xml; other control characters and CR (which XML
        /// would normalize) are written as character references.
        pub fn to_xml(&self) -> Option<String> {
            let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error>");
            for (name, value) in self.fields() {
                if value.contains('\0') {
                    return None;
                }
                let _ = write!(out, "<{name}>");
                for piece in value.split_inclusive(|c: char| c.is_control()) {
                    let (text, control) = match piece.chars().last() {
                        Some(c) if c.is_control() => {
                            (&piece[..piece.len() - c.len_utf8()], Some(c))
                        }
                        _ => (piece, None),
                    };
                    out.push_str(&quick_xml::escape::escape(text));
                    if let Some(c) = control {
                        let _ = write!(out, "&#x{:X};", c as u32);
                    }
                }
                let _ = write!(out, "</{name}>");
            }
            out.push_str("</Error>");
            Some(out)
        }
    }
}
