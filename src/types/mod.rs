//! Chart-agnostic domain types: values that cannot be constructed invalid.

#[macro_use]
mod text;

pub mod database;
pub mod dns;
pub mod executor;
pub mod git;
pub mod git_sync;
pub mod image;
pub mod nullable;
pub(crate) mod schema;
pub mod secret;

pub use database::{
    Dialect, Driver, MetadataConnection, SqlAlchemyUrl, SqlAlchemyUrlError, SslMode,
};
pub use dns::{DnsLabel, DnsNameError, DnsSubdomain};
pub use executor::{Executor, ExecutorError, ExecutorPath, Executors};
pub use git::{
    CommitId, GitAuth, GitRef, GitRefError, GitRepo, GitRepoError, GitTransport, KnownHosts,
    KnownHostsError, RefName,
};
pub use image::{Digest, ImagePin, ImageRef, ImageRefError, Tag};
pub use nullable::{Nullable, NullableExt};
pub use secret::{
    FernetKey, Password, SecretError, SecretKey, SecretKeyName, SecretName, SecretRef, SecretValue,
};
