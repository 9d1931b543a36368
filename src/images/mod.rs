//! The container images a release of the chart runs, and mirroring them into
//! a private registry.
//!
//! [`chart_images`] reads typed [`Values`](crate::official::Values) and lists
//! every image the chart will start with them: the ones the values set, and
//! the chart's own defaults (which depend on the chart version) for the ones
//! they leave unset. [`mirrors`] turns that list into `source → target` pairs
//! for a registry such as Azure Container Registry, [`az_acr_import`] writes
//! them as `az acr import` commands, and [`retarget`] points the values at the
//! mirrored copies.
//!
//! This is a module of its own rather than part of [`official`](crate::official)
//! because it combines the values with facts that are not keys (which images
//! a chart version defaults to, which components run with which executor, the
//! Docker Hub naming rules, what `az acr import` expects).
//!
//! ```
//! use airflow_values::images::{az_acr_import, chart_images, mirrors};
//! use airflow_values::official::{ChartVersion, Values};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let values = Values::from_yaml("executor: KubernetesExecutor\n", ChartVersion::V1_15_0)?;
//! let images = chart_images(&values)?;
//! let pairs = mirrors(&images, "contoso.azurecr.io", ChartVersion::V1_15_0)?;
//! let commands = az_acr_import(&pairs)?;
//! assert!(commands.contains(
//!     "az acr import --name contoso --source docker.io/apache/airflow:2.9.3 --image airflow:2.9.3\n"
//! ));
//! # Ok(())
//! # }
//! ```

mod defaults;
mod list;
mod mirror;

pub use defaults::default_image;
pub use list::{ChartImage, ImageOrigin, ImageSlot, ImagesError, chart_images};
pub use mirror::{Mirror, az_acr_import, mirror_list, mirrors, retarget};
