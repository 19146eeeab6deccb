//! Typed Alibaba Cloud API errors.
//!
//! - [`ErrorCode`]: the trait of every error-code enum, with code, HTTP status, message and
//!   retry class; [`Entry`] is one table row and [`Retry`] a retry class.
//! - [`error_table`] and [`ErrorCode`](macro@ErrorCode): generate such an enum from a CSV
//!   table, or implement it for an enum kept in source.
//! - [`ecs::EcsError`] (feature `ecs`, default): the ECS API's table, `spec/ecs.csv` (the
//!   return-results page) then `spec/ecs-api.csv` (the API metadata); every other product's
//!   table behind a feature of its name (`vpc::VpcError`, …).
//! - [`decode`]: an HTTP response (status, Content-Type, body) into the typed success
//!   [`Response<T>`] or a typed [`Error`]: the server's [`ApiError`] envelope, of any
//!   [`Style`], or an [`Unrecognized`] body kept as status, Content-Type and excerpt.
//! - [`retry`]: a [`RetryPolicy`] with the official SDKs' semantics and a runtime-agnostic
//!   loop.
//!
//! ```
//! use aliyun_errors::{ErrorCode, Retry, ecs::EcsError};
//!
//! let code: EcsError = "InvalidAccessKeyId.NotFound".parse().unwrap();
//! assert_eq!(code, EcsError::InvalidAccessKeyIdNotFound);
//! assert_eq!(code.http_status(), 400);
//! assert_eq!(EcsError::Throttling.retry(), Retry::Throttling);
//! assert!(EcsError::from_code("throttling").is_none()); // codes are case-sensitive
//! assert!(EcsError::of_api("RunInstances").contains(&EcsError::InvalidRegionIdNotFound));
//! ```
//!
//! # Features
//! - `macros` (default): [`error_table`] and the `ErrorCode` derive.
//! - `ecs` (default): the [`ecs`] module; one feature per product of the catalog (`vpc`,
//!   `rds`, …, 265 in all), each its module; `all-products` for every one.
//! - `serde`: `Serialize`/`Deserialize` for generated enums, as the wire code string, and
//!   `Serialize` for [`ApiError`] and [`Unrecognized`].
//! - `http`: [`decode_parts`] and [`decode_http`], reading the response's headers.
//! - `tracing`: one event per retry of [`retry::run`].
//! - `tower`: [`retry::TowerPolicy`] and [`retry::layer`], for tower stacks.

/// What generated code reaches: not public API. The name carries the runtime's minor
/// version, so code generated for another runtime fails to compile (``could not find
/// `__private_0_2` in `aliyun_errors` ``) instead of misbehaving.
#[doc(hidden)]
#[path = "private.rs"]
pub mod __private_0_2;
mod code;
mod decode;
mod entry;
mod format;
pub mod retry;

// The product tables, generated source checked in: one feature and module each, written by
// scripts/regenerate-catalog.py (the ECS table is `spec/ecs.csv` then `spec/ecs-api.csv`).
// BEGIN products
/// `AcmError`: the `acm` API's errors (feature `acm`).
#[cfg(feature = "acm")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/acm.rs"]
pub mod acm;
/// `ActiontrailError`: the `actiontrail` API's errors (feature `actiontrail`).
#[cfg(feature = "actiontrail")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/actiontrail.rs"]
pub mod actiontrail;
/// `AdbError`: the `adb` API's errors (feature `adb`).
#[cfg(feature = "adb")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/adb.rs"]
pub mod adb;
/// `AdcpError`: the `adcp` API's errors (feature `adcp`).
#[cfg(feature = "adcp")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/adcp.rs"]
pub mod adcp;
/// `AddressPurificationError`: the `address-purification` API's errors (feature `address-purification`).
#[cfg(feature = "address-purification")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/address_purification.rs"]
pub mod address_purification;
/// `AdvisorError`: the `advisor` API's errors (feature `advisor`).
#[cfg(feature = "advisor")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/advisor.rs"]
pub mod advisor;
/// `AgencyError`: the `agency` API's errors (feature `agency`).
#[cfg(feature = "agency")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/agency.rs"]
pub mod agency;
/// `AhasOpenapiError`: the `ahas-openapi` API's errors (feature `ahas-openapi`).
#[cfg(feature = "ahas-openapi")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ahas_openapi.rs"]
pub mod ahas_openapi;
/// `AiccsError`: the `aiccs` API's errors (feature `aiccs`).
#[cfg(feature = "aiccs")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/aiccs.rs"]
pub mod aiccs;
/// `AigenError`: the `aigen` API's errors (feature `aigen`).
#[cfg(feature = "aigen")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/aigen.rs"]
pub mod aigen;
/// `AimiaobiError`: the `aimiaobi` API's errors (feature `aimiaobi`).
#[cfg(feature = "aimiaobi")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/aimiaobi.rs"]
pub mod aimiaobi;
/// `AirecError`: the `airec` API's errors (feature `airec`).
#[cfg(feature = "airec")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/airec.rs"]
pub mod airec;
/// `AirticketopenError`: the `airticketopen` API's errors (feature `airticketopen`).
#[cfg(feature = "airticketopen")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/airticketopen.rs"]
pub mod airticketopen;
/// `AiworkspaceError`: the `aiworkspace` API's errors (feature `aiworkspace`).
#[cfg(feature = "aiworkspace")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/aiworkspace.rs"]
pub mod aiworkspace;
/// `AlbError`: the `alb` API's errors (feature `alb`).
#[cfg(feature = "alb")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/alb.rs"]
pub mod alb;
/// `AlidnsError`: the `alidns` API's errors (feature `alidns`).
#[cfg(feature = "alidns")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/alidns.rs"]
pub mod alidns;
/// `AligenieError`: the `aligenie` API's errors (feature `aligenie`).
#[cfg(feature = "aligenie")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/aligenie.rs"]
pub mod aligenie;
/// `AlikafkaError`: the `alikafka` API's errors (feature `alikafka`).
#[cfg(feature = "alikafka")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/alikafka.rs"]
pub mod alikafka;
/// `AlimtError`: the `alimt` API's errors (feature `alimt`).
#[cfg(feature = "alimt")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/alimt.rs"]
pub mod alimt;
/// `AmqpOpenError`: the `amqp-open` API's errors (feature `amqp-open`).
#[cfg(feature = "amqp-open")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/amqp_open.rs"]
pub mod amqp_open;
/// `AntiddosPublicError`: the `antiddos-public` API's errors (feature `antiddos-public`).
#[cfg(feature = "antiddos-public")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/antiddos_public.rs"]
pub mod antiddos_public;
/// `AppstreamCenterError`: the `appstream-center` API's errors (feature `appstream-center`).
#[cfg(feature = "appstream-center")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/appstream_center.rs"]
pub mod appstream_center;
/// `ArmsError`: the `arms` API's errors (feature `arms`).
#[cfg(feature = "arms")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/arms.rs"]
pub mod arms;
/// `AvatarError`: the `avatar` API's errors (feature `avatar`).
#[cfg(feature = "avatar")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/avatar.rs"]
pub mod avatar;
/// `BaasError`: the `baas` API's errors (feature `baas`).
#[cfg(feature = "baas")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/baas.rs"]
pub mod baas;
/// `BailianError`: the `bailian` API's errors (feature `bailian`).
#[cfg(feature = "bailian")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/bailian.rs"]
pub mod bailian;
/// `BpstudioError`: the `bpstudio` API's errors (feature `bpstudio`).
#[cfg(feature = "bpstudio")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/bpstudio.rs"]
pub mod bpstudio;
/// `BssopenapiError`: the `bssopenapi` API's errors (feature `bssopenapi`).
#[cfg(feature = "bssopenapi")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/bssopenapi.rs"]
pub mod bssopenapi;
/// `CamsError`: the `cams` API's errors (feature `cams`).
#[cfg(feature = "cams")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cams.rs"]
pub mod cams;
/// `CaptchaError`: the `captcha` API's errors (feature `captcha`).
#[cfg(feature = "captcha")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/captcha.rs"]
pub mod captcha;
/// `CarbonfootprintError`: the `carbonfootprint` API's errors (feature `carbonfootprint`).
#[cfg(feature = "carbonfootprint")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/carbonfootprint.rs"]
pub mod carbonfootprint;
/// `CasError`: the `cas` API's errors (feature `cas`).
#[cfg(feature = "cas")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cas.rs"]
pub mod cas;
/// `CassandraError`: the `cassandra` API's errors (feature `cassandra`).
#[cfg(feature = "cassandra")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cassandra.rs"]
pub mod cassandra;
/// `CbnError`: the `cbn` API's errors (feature `cbn`).
#[cfg(feature = "cbn")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cbn.rs"]
pub mod cbn;
/// `Cc5gError`: the `cc5g` API's errors (feature `cc5g`).
#[cfg(feature = "cc5g")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cc5g.rs"]
pub mod cc5g;
/// `CccError`: the `ccc` API's errors (feature `ccc`).
#[cfg(feature = "ccc")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ccc.rs"]
pub mod ccc;
/// `CddcError`: the `cddc` API's errors (feature `cddc`).
#[cfg(feature = "cddc")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cddc.rs"]
pub mod cddc;
/// `CdnError`: the `cdn` API's errors (feature `cdn`).
#[cfg(feature = "cdn")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cdn.rs"]
pub mod cdn;
/// `CgcsError`: the `cgcs` API's errors (feature `cgcs`).
#[cfg(feature = "cgcs")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cgcs.rs"]
pub mod cgcs;
/// `ChatbotError`: the `chatbot` API's errors (feature `chatbot`).
#[cfg(feature = "chatbot")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/chatbot.rs"]
pub mod chatbot;
/// `ClickhouseError`: the `clickhouse` API's errors (feature `clickhouse`).
#[cfg(feature = "clickhouse")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/clickhouse.rs"]
pub mod clickhouse;
/// `CloudSiemError`: the `cloud-siem` API's errors (feature `cloud-siem`).
#[cfg(feature = "cloud-siem")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cloud_siem.rs"]
pub mod cloud_siem;
/// `CloudapiError`: the `cloudapi` API's errors (feature `cloudapi`).
#[cfg(feature = "cloudapi")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cloudapi.rs"]
pub mod cloudapi;
/// `CloudauthError`: the `cloudauth` API's errors (feature `cloudauth`).
#[cfg(feature = "cloudauth")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cloudauth.rs"]
pub mod cloudauth;
/// `CloudauthIntlError`: the `cloudauth-intl` API's errors (feature `cloudauth-intl`).
#[cfg(feature = "cloudauth-intl")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cloudauth_intl.rs"]
pub mod cloudauth_intl;
/// `CloudcontrolError`: the `cloudcontrol` API's errors (feature `cloudcontrol`).
#[cfg(feature = "cloudcontrol")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cloudcontrol.rs"]
pub mod cloudcontrol;
/// `CloudeslError`: the `cloudesl` API's errors (feature `cloudesl`).
#[cfg(feature = "cloudesl")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cloudesl.rs"]
pub mod cloudesl;
/// `CloudfwError`: the `cloudfw` API's errors (feature `cloudfw`).
#[cfg(feature = "cloudfw")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cloudfw.rs"]
pub mod cloudfw;
/// `CloudphoneError`: the `cloudphone` API's errors (feature `cloudphone`).
#[cfg(feature = "cloudphone")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cloudphone.rs"]
pub mod cloudphone;
/// `CloudssoError`: the `cloudsso` API's errors (feature `cloudsso`).
#[cfg(feature = "cloudsso")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cloudsso.rs"]
pub mod cloudsso;
/// `CmsError`: the `cms` API's errors (feature `cms`).
#[cfg(feature = "cms")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cms.rs"]
pub mod cms;
/// `CmsExportError`: the `cms-export` API's errors (feature `cms-export`).
#[cfg(feature = "cms-export")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cms_export.rs"]
pub mod cms_export;
/// `CompanyregError`: the `companyreg` API's errors (feature `companyreg`).
#[cfg(feature = "companyreg")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/companyreg.rs"]
pub mod companyreg;
/// `ComposerError`: the `composer` API's errors (feature `composer`).
#[cfg(feature = "composer")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/composer.rs"]
pub mod composer;
/// `ComputenestError`: the `computenest` API's errors (feature `computenest`).
#[cfg(feature = "computenest")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/computenest.rs"]
pub mod computenest;
/// `ComputenestsupplierError`: the `computenestsupplier` API's errors (feature `computenestsupplier`).
#[cfg(feature = "computenestsupplier")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/computenestsupplier.rs"]
pub mod computenestsupplier;
/// `ConfigError`: the `config` API's errors (feature `config`).
#[cfg(feature = "config")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/config.rs"]
pub mod config;
/// `CrError`: the `cr` API's errors (feature `cr`).
#[cfg(feature = "cr")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cr.rs"]
pub mod cr;
/// `CsError`: the `cs` API's errors (feature `cs`).
#[cfg(feature = "cs")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/cs.rs"]
pub mod cs;
/// `CsasError`: the `csas` API's errors (feature `csas`).
#[cfg(feature = "csas")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/csas.rs"]
pub mod csas;
/// `DasError`: the `das` API's errors (feature `das`).
#[cfg(feature = "das")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/das.rs"]
pub mod das;
/// `DatalakeError`: the `datalake` API's errors (feature `datalake`).
#[cfg(feature = "datalake")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/datalake.rs"]
pub mod datalake;
/// `DataphinPublicError`: the `dataphin-public` API's errors (feature `dataphin-public`).
#[cfg(feature = "dataphin-public")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/dataphin_public.rs"]
pub mod dataphin_public;
/// `DataworksPublicError`: the `dataworks-public` API's errors (feature `dataworks-public`).
#[cfg(feature = "dataworks-public")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/dataworks_public.rs"]
pub mod dataworks_public;
/// `DbfsError`: the `dbfs` API's errors (feature `dbfs`).
#[cfg(feature = "dbfs")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/dbfs.rs"]
pub mod dbfs;
/// `DbsError`: the `dbs` API's errors (feature `dbs`).
#[cfg(feature = "dbs")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/dbs.rs"]
pub mod dbs;
/// `DcdnError`: the `dcdn` API's errors (feature `dcdn`).
#[cfg(feature = "dcdn")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/dcdn.rs"]
pub mod dcdn;
/// `DdiError`: the `ddi` API's errors (feature `ddi`).
#[cfg(feature = "ddi")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ddi.rs"]
pub mod ddi;
/// `DdosbgpError`: the `ddosbgp` API's errors (feature `ddosbgp`).
#[cfg(feature = "ddosbgp")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ddosbgp.rs"]
pub mod ddosbgp;
/// `DdoscooError`: the `ddoscoo` API's errors (feature `ddoscoo`).
#[cfg(feature = "ddoscoo")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ddoscoo.rs"]
pub mod ddoscoo;
/// `DdosdiversionError`: the `ddosdiversion` API's errors (feature `ddosdiversion`).
#[cfg(feature = "ddosdiversion")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ddosdiversion.rs"]
pub mod ddosdiversion;
/// `DdsError`: the `dds` API's errors (feature `dds`).
#[cfg(feature = "dds")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/dds.rs"]
pub mod dds;
/// `DevopsError`: the `devops` API's errors (feature `devops`).
#[cfg(feature = "devops")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/devops.rs"]
pub mod devops;
/// `DevsError`: the `devs` API's errors (feature `devs`).
#[cfg(feature = "devs")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/devs.rs"]
pub mod devs;
/// `DfsError`: the `dfs` API's errors (feature `dfs`).
#[cfg(feature = "dfs")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/dfs.rs"]
pub mod dfs;
/// `DmError`: the `dm` API's errors (feature `dm`).
#[cfg(feature = "dm")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/dm.rs"]
pub mod dm;
/// `DmsDgError`: the `dms-dg` API's errors (feature `dms-dg`).
#[cfg(feature = "dms-dg")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/dms_dg.rs"]
pub mod dms_dg;
/// `DmsEnterpriseError`: the `dms-enterprise` API's errors (feature `dms-enterprise`).
#[cfg(feature = "dms-enterprise")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/dms_enterprise.rs"]
pub mod dms_enterprise;
/// `DocumentautomlError`: the `documentautoml` API's errors (feature `documentautoml`).
#[cfg(feature = "documentautoml")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/documentautoml.rs"]
pub mod documentautoml;
/// `DomainError`: the `domain` API's errors (feature `domain`).
#[cfg(feature = "domain")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/domain.rs"]
pub mod domain;
/// `DrdsError`: the `drds` API's errors (feature `drds`).
#[cfg(feature = "drds")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/drds.rs"]
pub mod drds;
/// `DtsError`: the `dts` API's errors (feature `dts`).
#[cfg(feature = "dts")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/dts.rs"]
pub mod dts;
/// `DyplsapiError`: the `dyplsapi` API's errors (feature `dyplsapi`).
#[cfg(feature = "dyplsapi")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/dyplsapi.rs"]
pub mod dyplsapi;
/// `DypnsapiError`: the `dypnsapi` API's errors (feature `dypnsapi`).
#[cfg(feature = "dypnsapi")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/dypnsapi.rs"]
pub mod dypnsapi;
/// `DypnsapiIntlError`: the `dypnsapi-intl` API's errors (feature `dypnsapi-intl`).
#[cfg(feature = "dypnsapi-intl")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/dypnsapi_intl.rs"]
pub mod dypnsapi_intl;
/// `DysmsapiError`: the `dysmsapi` API's errors (feature `dysmsapi`).
#[cfg(feature = "dysmsapi")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/dysmsapi.rs"]
pub mod dysmsapi;
/// `DytnsapiError`: the `dytnsapi` API's errors (feature `dytnsapi`).
#[cfg(feature = "dytnsapi")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/dytnsapi.rs"]
pub mod dytnsapi;
/// `DyvmsapiError`: the `dyvmsapi` API's errors (feature `dyvmsapi`).
#[cfg(feature = "dyvmsapi")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/dyvmsapi.rs"]
pub mod dyvmsapi;
/// `DyvmsapiIntlError`: the `dyvmsapi-intl` API's errors (feature `dyvmsapi-intl`).
#[cfg(feature = "dyvmsapi-intl")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/dyvmsapi_intl.rs"]
pub mod dyvmsapi_intl;
/// `EaisError`: the `eais` API's errors (feature `eais`).
#[cfg(feature = "eais")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/eais.rs"]
pub mod eais;
/// `EasError`: the `eas` API's errors (feature `eas`).
#[cfg(feature = "eas")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/eas.rs"]
pub mod eas;
/// `EasygeneError`: the `easygene` API's errors (feature `easygene`).
#[cfg(feature = "easygene")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/easygene.rs"]
pub mod easygene;
/// `EbsError`: the `ebs` API's errors (feature `ebs`).
#[cfg(feature = "ebs")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ebs.rs"]
pub mod ebs;
/// `EcdError`: the `ecd` API's errors (feature `ecd`).
#[cfg(feature = "ecd")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ecd.rs"]
pub mod ecd;
/// `EciError`: the `eci` API's errors (feature `eci`).
#[cfg(feature = "eci")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/eci.rs"]
pub mod eci;
/// `EcsError`: the `ecs` API's errors (feature `ecs`).
#[cfg(feature = "ecs")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ecs.rs"]
pub mod ecs;
/// `EcsWorkbenchError`: the `ecs-workbench` API's errors (feature `ecs-workbench`).
#[cfg(feature = "ecs-workbench")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ecs_workbench.rs"]
pub mod ecs_workbench;
/// `EdasError`: the `edas` API's errors (feature `edas`).
#[cfg(feature = "edas")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/edas.rs"]
pub mod edas;
/// `EdsAicError`: the `eds-aic` API's errors (feature `eds-aic`).
#[cfg(feature = "eds-aic")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/eds_aic.rs"]
pub mod eds_aic;
/// `EdsUserError`: the `eds-user` API's errors (feature `eds-user`).
#[cfg(feature = "eds-user")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/eds_user.rs"]
pub mod eds_user;
/// `EfloError`: the `eflo` API's errors (feature `eflo`).
#[cfg(feature = "eflo")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/eflo.rs"]
pub mod eflo;
/// `EfloControllerError`: the `eflo-controller` API's errors (feature `eflo-controller`).
#[cfg(feature = "eflo-controller")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/eflo_controller.rs"]
pub mod eflo_controller;
/// `EhpcError`: the `ehpc` API's errors (feature `ehpc`).
#[cfg(feature = "ehpc")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ehpc.rs"]
pub mod ehpc;
/// `EhpcinstantError`: the `ehpcinstant` API's errors (feature `ehpcinstant`).
#[cfg(feature = "ehpcinstant")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ehpcinstant.rs"]
pub mod ehpcinstant;
/// `EiamError`: the `eiam` API's errors (feature `eiam`).
#[cfg(feature = "eiam")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/eiam.rs"]
pub mod eiam;
/// `EiamDeveloperapiError`: the `eiam-developerapi` API's errors (feature `eiam-developerapi`).
#[cfg(feature = "eiam-developerapi")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/eiam_developerapi.rs"]
pub mod eiam_developerapi;
/// `EipanycastError`: the `eipanycast` API's errors (feature `eipanycast`).
#[cfg(feature = "eipanycast")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/eipanycast.rs"]
pub mod eipanycast;
/// `EkycSaasError`: the `ekyc-saas` API's errors (feature `ekyc-saas`).
#[cfg(feature = "ekyc-saas")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ekyc_saas.rs"]
pub mod ekyc_saas;
/// `ElasticsearchError`: the `elasticsearch` API's errors (feature `elasticsearch`).
#[cfg(feature = "elasticsearch")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/elasticsearch.rs"]
pub mod elasticsearch;
/// `EmrError`: the `emr` API's errors (feature `emr`).
#[cfg(feature = "emr")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/emr.rs"]
pub mod emr;
/// `EmrServerlessSparkError`: the `emr-serverless-spark` API's errors (feature `emr-serverless-spark`).
#[cfg(feature = "emr-serverless-spark")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/emr_serverless_spark.rs"]
pub mod emr_serverless_spark;
/// `EmrstudioError`: the `emrstudio` API's errors (feature `emrstudio`).
#[cfg(feature = "emrstudio")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/emrstudio.rs"]
pub mod emrstudio;
/// `EnergyexpertexternalError`: the `energyexpertexternal` API's errors (feature `energyexpertexternal`).
#[cfg(feature = "energyexpertexternal")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/energyexpertexternal.rs"]
pub mod energyexpertexternal;
/// `EnsError`: the `ens` API's errors (feature `ens`).
#[cfg(feature = "ens")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ens.rs"]
pub mod ens;
/// `EsServerlessError`: the `es-serverless` API's errors (feature `es-serverless`).
#[cfg(feature = "es-serverless")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/es_serverless.rs"]
pub mod es_serverless;
/// `EssError`: the `ess` API's errors (feature `ess`).
#[cfg(feature = "ess")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ess.rs"]
pub mod ess;
/// `EventbridgeError`: the `eventbridge` API's errors (feature `eventbridge`).
#[cfg(feature = "eventbridge")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/eventbridge.rs"]
pub mod eventbridge;
/// `ExpressconnectrouterError`: the `expressconnectrouter` API's errors (feature `expressconnectrouter`).
#[cfg(feature = "expressconnectrouter")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/expressconnectrouter.rs"]
pub mod expressconnectrouter;
/// `FacebodyError`: the `facebody` API's errors (feature `facebody`).
#[cfg(feature = "facebody")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/facebody.rs"]
pub mod facebody;
/// `FcError`: the `fc` API's errors (feature `fc`).
#[cfg(feature = "fc")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/fc.rs"]
pub mod fc;
/// `FcOpenError`: the `fc-open` API's errors (feature `fc-open`).
#[cfg(feature = "fc-open")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/fc_open.rs"]
pub mod fc_open;
/// `FnfError`: the `fnf` API's errors (feature `fnf`).
#[cfg(feature = "fnf")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/fnf.rs"]
pub mod fnf;
/// `FoasError`: the `foas` API's errors (feature `foas`).
#[cfg(feature = "foas")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/foas.rs"]
pub mod foas;
/// `FoasconsoleError`: the `foasconsole` API's errors (feature `foasconsole`).
#[cfg(feature = "foasconsole")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/foasconsole.rs"]
pub mod foasconsole;
/// `GaError`: the `ga` API's errors (feature `ga`).
#[cfg(feature = "ga")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ga.rs"]
pub mod ga;
/// `GempError`: the `gemp` API's errors (feature `gemp`).
#[cfg(feature = "gemp")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/gemp.rs"]
pub mod gemp;
/// `GoodstechError`: the `goodstech` API's errors (feature `goodstech`).
#[cfg(feature = "goodstech")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/goodstech.rs"]
pub mod goodstech;
/// `GovernanceError`: the `governance` API's errors (feature `governance`).
#[cfg(feature = "governance")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/governance.rs"]
pub mod governance;
/// `GpdbError`: the `gpdb` API's errors (feature `gpdb`).
#[cfg(feature = "gpdb")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/gpdb.rs"]
pub mod gpdb;
/// `GraceError`: the `grace` API's errors (feature `grace`).
#[cfg(feature = "grace")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/grace.rs"]
pub mod grace;
/// `GreenError`: the `green` API's errors (feature `green`).
#[cfg(feature = "green")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/green.rs"]
pub mod green;
/// `GwsError`: the `gws` API's errors (feature `gws`).
#[cfg(feature = "gws")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/gws.rs"]
pub mod gws;
/// `HbaseError`: the `hbase` API's errors (feature `hbase`).
#[cfg(feature = "hbase")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/hbase.rs"]
pub mod hbase;
/// `HbrError`: the `hbr` API's errors (feature `hbr`).
#[cfg(feature = "hbr")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/hbr.rs"]
pub mod hbr;
/// `HdrError`: the `hdr` API's errors (feature `hdr`).
#[cfg(feature = "hdr")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/hdr.rs"]
pub mod hdr;
/// `HitsdbError`: the `hitsdb` API's errors (feature `hitsdb`).
#[cfg(feature = "hitsdb")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/hitsdb.rs"]
pub mod hitsdb;
/// `HologramError`: the `hologram` API's errors (feature `hologram`).
#[cfg(feature = "hologram")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/hologram.rs"]
pub mod hologram;
/// `HttpdnsError`: the `httpdns` API's errors (feature `httpdns`).
#[cfg(feature = "httpdns")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/httpdns.rs"]
pub mod httpdns;
/// `IceError`: the `ice` API's errors (feature `ice`).
#[cfg(feature = "ice")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ice.rs"]
pub mod ice;
/// `IdaasDoraemonError`: the `idaas-doraemon` API's errors (feature `idaas-doraemon`).
#[cfg(feature = "idaas-doraemon")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/idaas_doraemon.rs"]
pub mod idaas_doraemon;
/// `IdrsserviceError`: the `idrsservice` API's errors (feature `idrsservice`).
#[cfg(feature = "idrsservice")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/idrsservice.rs"]
pub mod idrsservice;
/// `ImageauditError`: the `imageaudit` API's errors (feature `imageaudit`).
#[cfg(feature = "imageaudit")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/imageaudit.rs"]
pub mod imageaudit;
/// `ImageenhanError`: the `imageenhan` API's errors (feature `imageenhan`).
#[cfg(feature = "imageenhan")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/imageenhan.rs"]
pub mod imageenhan;
/// `ImageprocessError`: the `imageprocess` API's errors (feature `imageprocess`).
#[cfg(feature = "imageprocess")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/imageprocess.rs"]
pub mod imageprocess;
/// `ImagerecogError`: the `imagerecog` API's errors (feature `imagerecog`).
#[cfg(feature = "imagerecog")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/imagerecog.rs"]
pub mod imagerecog;
/// `ImagesearchError`: the `imagesearch` API's errors (feature `imagesearch`).
#[cfg(feature = "imagesearch")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/imagesearch.rs"]
pub mod imagesearch;
/// `ImagesegError`: the `imageseg` API's errors (feature `imageseg`).
#[cfg(feature = "imageseg")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/imageseg.rs"]
pub mod imageseg;
/// `ImgsearchError`: the `imgsearch` API's errors (feature `imgsearch`).
#[cfg(feature = "imgsearch")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/imgsearch.rs"]
pub mod imgsearch;
/// `ImmError`: the `imm` API's errors (feature `imm`).
#[cfg(feature = "imm")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/imm.rs"]
pub mod imm;
/// `ImpError`: the `imp` API's errors (feature `imp`).
#[cfg(feature = "imp")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/imp.rs"]
pub mod imp;
/// `ImsError`: the `ims` API's errors (feature `ims`).
#[cfg(feature = "ims")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ims.rs"]
pub mod ims;
/// `IotError`: the `iot` API's errors (feature `iot`).
#[cfg(feature = "iot")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/iot.rs"]
pub mod iot;
/// `IotccError`: the `iotcc` API's errors (feature `iotcc`).
#[cfg(feature = "iotcc")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/iotcc.rs"]
pub mod iotcc;
/// `IovccError`: the `iovcc` API's errors (feature `iovcc`).
#[cfg(feature = "iovcc")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/iovcc.rs"]
pub mod iovcc;
/// `IvpdError`: the `ivpd` API's errors (feature `ivpd`).
#[cfg(feature = "ivpd")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ivpd.rs"]
pub mod ivpd;
/// `KmsError`: the `kms` API's errors (feature `kms`).
#[cfg(feature = "kms")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/kms.rs"]
pub mod kms;
/// `LinkcardError`: the `linkcard` API's errors (feature `linkcard`).
#[cfg(feature = "linkcard")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/linkcard.rs"]
pub mod linkcard;
/// `LinkedmallError`: the `linkedmall` API's errors (feature `linkedmall`).
#[cfg(feature = "linkedmall")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/linkedmall.rs"]
pub mod linkedmall;
/// `LinkvisualError`: the `linkvisual` API's errors (feature `linkvisual`).
#[cfg(feature = "linkvisual")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/linkvisual.rs"]
pub mod linkvisual;
/// `LinkwanError`: the `linkwan` API's errors (feature `linkwan`).
#[cfg(feature = "linkwan")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/linkwan.rs"]
pub mod linkwan;
/// `LiveError`: the `live` API's errors (feature `live`).
#[cfg(feature = "live")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/live.rs"]
pub mod live;
/// `LtlError`: the `ltl` API's errors (feature `ltl`).
#[cfg(feature = "ltl")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ltl.rs"]
pub mod ltl;
/// `MarketError`: the `market` API's errors (feature `market`).
#[cfg(feature = "market")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/market.rs"]
pub mod market;
/// `MaxcomputeError`: the `maxcompute` API's errors (feature `maxcompute`).
#[cfg(feature = "maxcompute")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/maxcompute.rs"]
pub mod maxcompute;
/// `MhubError`: the `mhub` API's errors (feature `mhub`).
#[cfg(feature = "mhub")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/mhub.rs"]
pub mod mhub;
/// `MilvusError`: the `milvus` API's errors (feature `milvus`).
#[cfg(feature = "milvus")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/milvus.rs"]
pub mod milvus;
/// `MnsOpenError`: the `mns-open` API's errors (feature `mns-open`).
#[cfg(feature = "mns-open")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/mns_open.rs"]
pub mod mns_open;
/// `MoguanSdkError`: the `moguan-sdk` API's errors (feature `moguan-sdk`).
#[cfg(feature = "moguan-sdk")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/moguan_sdk.rs"]
pub mod moguan_sdk;
/// `MpserverlessError`: the `mpserverless` API's errors (feature `mpserverless`).
#[cfg(feature = "mpserverless")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/mpserverless.rs"]
pub mod mpserverless;
/// `MseError`: the `mse` API's errors (feature `mse`).
#[cfg(feature = "mse")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/mse.rs"]
pub mod mse;
/// `MtsError`: the `mts` API's errors (feature `mts`).
#[cfg(feature = "mts")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/mts.rs"]
pub mod mts;
/// `NasError`: the `nas` API's errors (feature `nas`).
#[cfg(feature = "nas")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/nas.rs"]
pub mod nas;
/// `NisError`: the `nis` API's errors (feature `nis`).
#[cfg(feature = "nis")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/nis.rs"]
pub mod nis;
/// `NlbError`: the `nlb` API's errors (feature `nlb`).
#[cfg(feature = "nlb")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/nlb.rs"]
pub mod nlb;
/// `NlpAutomlError`: the `nlp-automl` API's errors (feature `nlp-automl`).
#[cfg(feature = "nlp-automl")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/nlp_automl.rs"]
pub mod nlp_automl;
/// `NlsCloudMetaError`: the `nls-cloud-meta` API's errors (feature `nls-cloud-meta`).
#[cfg(feature = "nls-cloud-meta")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/nls_cloud_meta.rs"]
pub mod nls_cloud_meta;
/// `ObjectdetError`: the `objectdet` API's errors (feature `objectdet`).
#[cfg(feature = "objectdet")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/objectdet.rs"]
pub mod objectdet;
/// `OceanbaseproError`: the `oceanbasepro` API's errors (feature `oceanbasepro`).
#[cfg(feature = "oceanbasepro")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/oceanbasepro.rs"]
pub mod oceanbasepro;
/// `OcrError`: the `ocr` API's errors (feature `ocr`).
#[cfg(feature = "ocr")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ocr.rs"]
pub mod ocr;
/// `OcrApiError`: the `ocr-api` API's errors (feature `ocr-api`).
#[cfg(feature = "ocr-api")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ocr_api.rs"]
pub mod ocr_api;
/// `OnsError`: the `ons` API's errors (feature `ons`).
#[cfg(feature = "ons")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ons.rs"]
pub mod ons;
/// `OnsmqttError`: the `onsmqtt` API's errors (feature `onsmqtt`).
#[cfg(feature = "onsmqtt")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/onsmqtt.rs"]
pub mod onsmqtt;
/// `OosError`: the `oos` API's errors (feature `oos`).
#[cfg(feature = "oos")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/oos.rs"]
pub mod oos;
/// `OpenanalyticsOpenError`: the `openanalytics-open` API's errors (feature `openanalytics-open`).
#[cfg(feature = "openanalytics-open")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/openanalytics_open.rs"]
pub mod openanalytics_open;
/// `OpenitagError`: the `openitag` API's errors (feature `openitag`).
#[cfg(feature = "openitag")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/openitag.rs"]
pub mod openitag;
/// `OpensearchError`: the `opensearch` API's errors (feature `opensearch`).
#[cfg(feature = "opensearch")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/opensearch.rs"]
pub mod opensearch;
/// `OptError`: the `opt` API's errors (feature `opt`).
#[cfg(feature = "opt")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/opt.rs"]
pub mod opt;
/// `OssError`: the `oss` API's errors (feature `oss`).
#[cfg(feature = "oss")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/oss.rs"]
pub mod oss;
/// `OutboundbotError`: the `outboundbot` API's errors (feature `outboundbot`).
#[cfg(feature = "outboundbot")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/outboundbot.rs"]
pub mod outboundbot;
/// `PaiDlcError`: the `pai-dlc` API's errors (feature `pai-dlc`).
#[cfg(feature = "pai-dlc")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/pai_dlc.rs"]
pub mod pai_dlc;
/// `PaiDswError`: the `pai-dsw` API's errors (feature `pai-dsw`).
#[cfg(feature = "pai-dsw")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/pai_dsw.rs"]
pub mod pai_dsw;
/// `PaiautomlError`: the `paiautoml` API's errors (feature `paiautoml`).
#[cfg(feature = "paiautoml")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/paiautoml.rs"]
pub mod paiautoml;
/// `PaielasticdatasetacceleratorError`: the `paielasticdatasetaccelerator` API's errors (feature `paielasticdatasetaccelerator`).
#[cfg(feature = "paielasticdatasetaccelerator")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/paielasticdatasetaccelerator.rs"]
pub mod paielasticdatasetaccelerator;
/// `PaifeaturestoreError`: the `paifeaturestore` API's errors (feature `paifeaturestore`).
#[cfg(feature = "paifeaturestore")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/paifeaturestore.rs"]
pub mod paifeaturestore;
/// `PaiflowError`: the `paiflow` API's errors (feature `paiflow`).
#[cfg(feature = "paiflow")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/paiflow.rs"]
pub mod paiflow;
/// `PaipluginError`: the `paiplugin` API's errors (feature `paiplugin`).
#[cfg(feature = "paiplugin")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/paiplugin.rs"]
pub mod paiplugin;
/// `PairecserviceError`: the `pairecservice` API's errors (feature `pairecservice`).
#[cfg(feature = "pairecservice")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/pairecservice.rs"]
pub mod pairecservice;
/// `PcdnError`: the `pcdn` API's errors (feature `pcdn`).
#[cfg(feature = "pcdn")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/pcdn.rs"]
pub mod pcdn;
/// `PdsError`: the `pds` API's errors (feature `pds`).
#[cfg(feature = "pds")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/pds.rs"]
pub mod pds;
/// `PolardbError`: the `polardb` API's errors (feature `polardb`).
#[cfg(feature = "polardb")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/polardb.rs"]
pub mod polardb;
/// `PolardbxError`: the `polardbx` API's errors (feature `polardbx`).
#[cfg(feature = "polardbx")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/polardbx.rs"]
pub mod polardbx;
/// `PremiumpicsError`: the `premiumpics` API's errors (feature `premiumpics`).
#[cfg(feature = "premiumpics")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/premiumpics.rs"]
pub mod premiumpics;
/// `PrivatelinkError`: the `privatelink` API's errors (feature `privatelink`).
#[cfg(feature = "privatelink")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/privatelink.rs"]
pub mod privatelink;
/// `PtsError`: the `pts` API's errors (feature `pts`).
#[cfg(feature = "pts")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/pts.rs"]
pub mod pts;
/// `PushError`: the `push` API's errors (feature `push`).
#[cfg(feature = "push")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/push.rs"]
pub mod push;
/// `PvtzError`: the `pvtz` API's errors (feature `pvtz`).
#[cfg(feature = "pvtz")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/pvtz.rs"]
pub mod pvtz;
/// `QualitycheckError`: the `qualitycheck` API's errors (feature `qualitycheck`).
#[cfg(feature = "qualitycheck")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/qualitycheck.rs"]
pub mod qualitycheck;
/// `QuickbiPublicError`: the `quickbi-public` API's errors (feature `quickbi-public`).
#[cfg(feature = "quickbi-public")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/quickbi_public.rs"]
pub mod quickbi_public;
/// `QuotasError`: the `quotas` API's errors (feature `quotas`).
#[cfg(feature = "quotas")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/quotas.rs"]
pub mod quotas;
/// `RKvstoreError`: the `r-kvstore` API's errors (feature `r-kvstore`).
#[cfg(feature = "r-kvstore")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/r_kvstore.rs"]
pub mod r_kvstore;
/// `RamError`: the `ram` API's errors (feature `ram`).
#[cfg(feature = "ram")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ram.rs"]
pub mod ram;
/// `RdsError`: the `rds` API's errors (feature `rds`).
#[cfg(feature = "rds")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/rds.rs"]
pub mod rds;
/// `Rds20220330Error`: the `rds-2022-03-30` API's errors (feature `rds-2022-03-30`).
#[cfg(feature = "rds-2022-03-30")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/rds_2022_03_30.rs"]
pub mod rds_2022_03_30;
/// `ResourcecenterError`: the `resourcecenter` API's errors (feature `resourcecenter`).
#[cfg(feature = "resourcecenter")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/resourcecenter.rs"]
pub mod resourcecenter;
/// `ResourcedirectorymasterError`: the `resourcedirectorymaster` API's errors (feature `resourcedirectorymaster`).
#[cfg(feature = "resourcedirectorymaster")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/resourcedirectorymaster.rs"]
pub mod resourcedirectorymaster;
/// `ResourcemanagerError`: the `resourcemanager` API's errors (feature `resourcemanager`).
#[cfg(feature = "resourcemanager")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/resourcemanager.rs"]
pub mod resourcemanager;
/// `ResourcesharingError`: the `resourcesharing` API's errors (feature `resourcesharing`).
#[cfg(feature = "resourcesharing")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/resourcesharing.rs"]
pub mod resourcesharing;
/// `RetailadvqaError`: the `retailadvqa` API's errors (feature `retailadvqa`).
#[cfg(feature = "retailadvqa")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/retailadvqa.rs"]
pub mod retailadvqa;
/// `RocketmqError`: the `rocketmq` API's errors (feature `rocketmq`).
#[cfg(feature = "rocketmq")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/rocketmq.rs"]
pub mod rocketmq;
/// `RosError`: the `ros` API's errors (feature `ros`).
#[cfg(feature = "ros")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ros.rs"]
pub mod ros;
/// `RtcError`: the `rtc` API's errors (feature `rtc`).
#[cfg(feature = "rtc")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/rtc.rs"]
pub mod rtc;
/// `RtcWhiteBoardError`: the `rtc-white-board` API's errors (feature `rtc-white-board`).
#[cfg(feature = "rtc-white-board")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/rtc_white_board.rs"]
pub mod rtc_white_board;
/// `SaeError`: the `sae` API's errors (feature `sae`).
#[cfg(feature = "sae")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/sae.rs"]
pub mod sae;
/// `SafError`: the `saf` API's errors (feature `saf`).
#[cfg(feature = "saf")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/saf.rs"]
pub mod saf;
/// `SasError`: the `sas` API's errors (feature `sas`).
#[cfg(feature = "sas")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/sas.rs"]
pub mod sas;
/// `SastiError`: the `sasti` API's errors (feature `sasti`).
#[cfg(feature = "sasti")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/sasti.rs"]
pub mod sasti;
/// `ScdnError`: the `scdn` API's errors (feature `scdn`).
#[cfg(feature = "scdn")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/scdn.rs"]
pub mod scdn;
/// `Schedulerx2Error`: the `schedulerx2` API's errors (feature `schedulerx2`).
#[cfg(feature = "schedulerx2")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/schedulerx2.rs"]
pub mod schedulerx2;
/// `ScspError`: the `scsp` API's errors (feature `scsp`).
#[cfg(feature = "scsp")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/scsp.rs"]
pub mod scsp;
/// `SddpError`: the `sddp` API's errors (feature `sddp`).
#[cfg(feature = "sddp")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/sddp.rs"]
pub mod sddp;
/// `SearchengineError`: the `searchengine` API's errors (feature `searchengine`).
#[cfg(feature = "searchengine")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/searchengine.rs"]
pub mod searchengine;
/// `SelectdbError`: the `selectdb` API's errors (feature `selectdb`).
#[cfg(feature = "selectdb")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/selectdb.rs"]
pub mod selectdb;
/// `ServicecatalogError`: the `servicecatalog` API's errors (feature `servicecatalog`).
#[cfg(feature = "servicecatalog")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/servicecatalog.rs"]
pub mod servicecatalog;
/// `ServicemeshError`: the `servicemesh` API's errors (feature `servicemesh`).
#[cfg(feature = "servicemesh")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/servicemesh.rs"]
pub mod servicemesh;
/// `SlbError`: the `slb` API's errors (feature `slb`).
#[cfg(feature = "slb")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/slb.rs"]
pub mod slb;
/// `SlsError`: the `sls` API's errors (feature `sls`).
#[cfg(feature = "sls")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/sls.rs"]
pub mod sls;
/// `SmartagError`: the `smartag` API's errors (feature `smartag`).
#[cfg(feature = "smartag")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/smartag.rs"]
pub mod smartag;
/// `SmcError`: the `smc` API's errors (feature `smc`).
#[cfg(feature = "smc")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/smc.rs"]
pub mod smc;
/// `SofaError`: the `sofa` API's errors (feature `sofa`).
#[cfg(feature = "sofa")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/sofa.rs"]
pub mod sofa;
/// `SophonsoarError`: the `sophonsoar` API's errors (feature `sophonsoar`).
#[cfg(feature = "sophonsoar")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/sophonsoar.rs"]
pub mod sophonsoar;
/// `StatusError`: the `status` API's errors (feature `status`).
#[cfg(feature = "status")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/status.rs"]
pub mod status;
/// `StsError`: the `sts` API's errors (feature `sts`).
#[cfg(feature = "sts")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/sts.rs"]
pub mod sts;
/// `SupportPlanError`: the `support-plan` API's errors (feature `support-plan`).
#[cfg(feature = "support-plan")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/support_plan.rs"]
pub mod support_plan;
/// `SwasOpenError`: the `swas-open` API's errors (feature `swas-open`).
#[cfg(feature = "swas-open")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/swas_open.rs"]
pub mod swas_open;
/// `SysomError`: the `sysom` API's errors (feature `sysom`).
#[cfg(feature = "sysom")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/sysom.rs"]
pub mod sysom;
/// `TagError`: the `tag` API's errors (feature `tag`).
#[cfg(feature = "tag")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/tag.rs"]
pub mod tag;
/// `TdsrError`: the `tdsr` API's errors (feature `tdsr`).
#[cfg(feature = "tdsr")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/tdsr.rs"]
pub mod tdsr;
/// `TingwuError`: the `tingwu` API's errors (feature `tingwu`).
#[cfg(feature = "tingwu")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/tingwu.rs"]
pub mod tingwu;
/// `VcsError`: the `vcs` API's errors (feature `vcs`).
#[cfg(feature = "vcs")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/vcs.rs"]
pub mod vcs;
/// `VervericaError`: the `ververica` API's errors (feature `ververica`).
#[cfg(feature = "ververica")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/ververica.rs"]
pub mod ververica;
/// `ViapiError`: the `viapi` API's errors (feature `viapi`).
#[cfg(feature = "viapi")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/viapi.rs"]
pub mod viapi;
/// `ViapiRegenError`: the `viapi-regen` API's errors (feature `viapi-regen`).
#[cfg(feature = "viapi-regen")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/viapi_regen.rs"]
pub mod viapi_regen;
/// `VideoenhanError`: the `videoenhan` API's errors (feature `videoenhan`).
#[cfg(feature = "videoenhan")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/videoenhan.rs"]
pub mod videoenhan;
/// `VideorecogError`: the `videorecog` API's errors (feature `videorecog`).
#[cfg(feature = "videorecog")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/videorecog.rs"]
pub mod videorecog;
/// `VideosegError`: the `videoseg` API's errors (feature `videoseg`).
#[cfg(feature = "videoseg")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/videoseg.rs"]
pub mod videoseg;
/// `VodError`: the `vod` API's errors (feature `vod`).
#[cfg(feature = "vod")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/vod.rs"]
pub mod vod;
/// `VoicenavigatorError`: the `voicenavigator` API's errors (feature `voicenavigator`).
#[cfg(feature = "voicenavigator")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/voicenavigator.rs"]
pub mod voicenavigator;
/// `VpcError`: the `vpc` API's errors (feature `vpc`).
#[cfg(feature = "vpc")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/vpc.rs"]
pub mod vpc;
/// `VpcpeerError`: the `vpcpeer` API's errors (feature `vpcpeer`).
#[cfg(feature = "vpcpeer")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/vpcpeer.rs"]
pub mod vpcpeer;
/// `VsError`: the `vs` API's errors (feature `vs`).
#[cfg(feature = "vs")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/vs.rs"]
pub mod vs;
/// `WafOpenapiError`: the `waf-openapi` API's errors (feature `waf-openapi`).
#[cfg(feature = "waf-openapi")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/waf_openapi.rs"]
pub mod waf_openapi;
/// `WebplusError`: the `webplus` API's errors (feature `webplus`).
#[cfg(feature = "webplus")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/webplus.rs"]
pub mod webplus;
/// `WorkorderError`: the `workorder` API's errors (feature `workorder`).
#[cfg(feature = "workorder")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/workorder.rs"]
pub mod workorder;
/// `XtraceError`: the `xtrace` API's errors (feature `xtrace`).
#[cfg(feature = "xtrace")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/xtrace.rs"]
pub mod xtrace;
/// `YundunBastionhostError`: the `yundun-bastionhost` API's errors (feature `yundun-bastionhost`).
#[cfg(feature = "yundun-bastionhost")]
#[rustfmt::skip] // Generated, formatted by prettyplease: checked as it is.
#[path = "products/yundun_bastionhost.rs"]
pub mod yundun_bastionhost;
// END products

pub use code::{ErrorCode, UnknownCode};
pub use decode::{
    ApiError, DEFAULT_MAX_BODY_SIZE, DEFAULT_MAX_DEPTH, Decoder, EXCERPT_LIMIT, Error, Response,
    Style, Unrecognized, UnrecognizedKind, decode, retry_for_status,
};
#[cfg(feature = "http")]
pub use decode::{decode_http, decode_parts};
pub use entry::{Entry, Retry, messages_match};
pub use format::{Format, UnknownFormat};
pub use retry::{Idempotency, RetryPolicy};

/// Generates an exhaustive error enum from a CSV table of error codes.
///
/// ```
/// use aliyun_errors::{error_table, ErrorCode, Retry};
///
/// /// Errors of the ECS API.
/// #[error_table(csv = "spec/ecs.csv")]
/// pub enum MyEcsError {}
///
/// let e = MyEcsError::from_code("Forbidden.RAM").unwrap();
/// assert_eq!(e, MyEcsError::ForbiddenRam);
/// assert_eq!(e.code(), "Forbidden.RAM");
/// assert_eq!(e.http_status(), 403);
/// assert_eq!(e.retry(), Retry::Never);
/// assert_eq!(e.to_string(), format!("Forbidden.RAM: {}", e.message()));
/// ```
///
/// # The table
/// A CSV file, its path relative to the crate's `Cargo.toml`, with the header
/// `code,http_status,message,retry` and one row per (code, status, message). `retry` is
/// `never`, `throttling` or `transient`; empty means `never`.
///
/// # Options
/// - `csv = "spec/x.csv"` (required), or `csv = ["spec/common.csv", "spec/x.csv"]` to merge.
/// - `crate = "path::to::aliyun_errors"`: where the runtime is, if not `::aliyun_errors`.
/// - `non_exhaustive`: mark the enum `#[non_exhaustive]` (a new code then no longer breaks
///   callers' `match`es).
///
/// # What it generates
/// One unit variant per distinct code, in table order, named in UpperCamelCase with `.` as a
/// word break (`Forbidden.RAM` → `ForbiddenRam`), each documented with its rows; derives
/// `Clone, Copy, Debug, PartialEq, Eq, Hash`; implements [`ErrorCode`], `Display` (code and
/// first message), `std::error::Error`, `FromStr` (error: [`UnknownCode`]), `AsRef<str>`,
/// and with the `serde` feature `Serialize`/`Deserialize` as the wire code.
///
/// Every problem in the table is a compile error, `PATH:LINE: COLUMN: problem`.
#[cfg(feature = "macros")]
pub use aliyun_errors_macros::error_table;

/// Implements [`ErrorCode`] (and `Display`, `Error`, `FromStr`, `AsRef<str>`, serde) for an
/// enum kept in source, each variant carrying its table rows.
///
/// ```
/// use aliyun_errors::{ErrorCode, Retry};
///
/// #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ErrorCode)]
/// pub enum VpcError {
///     #[error_code(code = "Forbidden.RAM", status = 403, message = "User not authorized.")]
///     ForbiddenRam,
///     #[error_code(code = "Throttling", status = 400, message = "Slow down.", retry = "throttling")]
///     #[error_code(code = "Throttling", status = 429, message = "Too many requests.", retry = "throttling")]
///     Throttling,
/// }
///
/// assert_eq!(VpcError::from_code("Forbidden.RAM"), Some(VpcError::ForbiddenRam));
/// assert_eq!(VpcError::Throttling.http_statuses(), &[400, 429]);
/// assert_eq!(VpcError::Throttling.retry(), Retry::Throttling);
/// ```
///
/// Rows are checked as a table's are; each problem is an error on its attribute. On the
/// enum, `#[error_code(crate = "path")]` names the runtime crate. The CLI's
/// `generate --derive` writes this form from a table.
#[cfg(feature = "macros")]
pub use aliyun_errors_macros::ErrorCode;
