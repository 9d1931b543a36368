//! Airflow executors: the built-in ones by name, others by Python path, and
//! Airflow 3's comma-separated list of several.

use std::fmt;

use serde::{Deserialize, Serialize};

/// What is wrong with an executor name or list. Byte offsets count from the
/// start of the parsed text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ExecutorError {
    /// The text is empty.
    #[error("executor is empty; write e.g. CeleryExecutor or KubernetesExecutor")]
    Empty,
    /// A built-in name with the wrong capitalisation.
    #[error("unknown executor `{written}`; did you mean {suggestion}")]
    WrongCase {
        /// The name as written.
        written: String,
        /// The correctly spelled built-in name.
        suggestion: &'static str,
    },
    /// Neither a built-in name nor a dotted Python path ending in `…Executor`.
    #[error(
        "unknown executor `{written}` (bad character or part at byte {at}); use LocalExecutor, CeleryExecutor, KubernetesExecutor, CeleryKubernetesExecutor, LocalKubernetesExecutor or a Python path such as airflow.providers.amazon.aws.executors.ecs.AwsEcsExecutor"
    )]
    Unknown {
        /// The name as written.
        written: String,
        /// Byte offset of the first problem.
        at: usize,
    },
    /// An entry of the list is empty (`,,` or a leading or trailing comma).
    #[error("empty executor in the list at byte {at}; remove the extra comma")]
    EmptyEntry {
        /// Byte offset of the empty entry.
        at: usize,
    },
    /// The list contains whitespace.
    #[error(
        "whitespace at byte {at} in the executor list; write it without spaces, e.g. CeleryExecutor,KubernetesExecutor"
    )]
    Whitespace {
        /// Byte offset of the whitespace.
        at: usize,
    },
    /// The same executor appears twice.
    #[error("executor `{name}` appears again at byte {at}; list each executor once")]
    Duplicate {
        /// The repeated executor.
        name: String,
        /// Byte offset of the repetition.
        at: usize,
    },
}

/// A dotted Python path to an executor class, ending in `…Executor`
/// (`airflow.providers.amazon.aws.executors.ecs.AwsEcsExecutor`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ExecutorPath(String);

impl ExecutorPath {
    /// Parses `(identifier.)*ClassNameExecutor`, where the class name starts
    /// with an uppercase letter and has at least one more letter or digit
    /// before `Executor`.
    ///
    /// # Errors
    /// [`ExecutorError::Empty`] or [`ExecutorError::Unknown`] with the byte
    /// offset of the first problem.
    pub fn parse(s: &str) -> Result<Self, ExecutorError> {
        if s.is_empty() {
            return Err(ExecutorError::Empty);
        }
        let unknown = |at: usize| ExecutorError::Unknown {
            written: s.to_owned(),
            at,
        };
        let class_start = s.rfind('.').map_or(0, |i| i + 1);
        let mut at = 0;
        for module in s[..class_start].split_terminator('.') {
            let ok = module
                .bytes()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == b'_');
            if !ok {
                return Err(unknown(at));
            }
            if let Some(i) = module
                .bytes()
                .position(|c| !(c.is_ascii_alphanumeric() || c == b'_'))
            {
                return Err(unknown(at + i));
            }
            at += module.len() + 1;
        }
        let class = &s[class_start..];
        if !class.bytes().next().is_some_and(|c| c.is_ascii_uppercase()) {
            return Err(unknown(class_start));
        }
        if let Some(i) = class.bytes().position(|c| !c.is_ascii_alphanumeric()) {
            return Err(unknown(class_start + i));
        }
        let Some(stem) = class.strip_suffix("Executor") else {
            return Err(unknown(class_start));
        };
        if stem.len() < 2 {
            return Err(unknown(class_start));
        }
        Ok(Self(s.to_owned()))
    }

    /// The path as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The class name, the last component (`AwsEcsExecutor`).
    #[must_use]
    pub fn class_name(&self) -> &str {
        self.0.rsplit('.').next().unwrap_or(&self.0)
    }
}

/// An Airflow executor: a built-in one by name, or another by Python path.
///
/// ```
/// use airflow_values::types::Executor;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let e: Executor = "CeleryKubernetesExecutor".parse()?;
/// assert!(e.is_kubernetes());
/// assert_eq!(e.to_string(), "CeleryKubernetesExecutor");
/// let ecs: Executor = "airflow.providers.amazon.aws.executors.ecs.AwsEcsExecutor".parse()?;
/// assert!(matches!(ecs, Executor::Custom(_)));
/// assert!("celeryexecutor".parse::<Executor>().is_err());
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[non_exhaustive]
pub enum Executor {
    /// `LocalExecutor`: tasks run as processes of the scheduler.
    Local,
    /// `CeleryExecutor`: tasks run on Celery workers.
    Celery,
    /// `KubernetesExecutor`: one pod per task.
    Kubernetes,
    /// `CeleryKubernetesExecutor`: Celery, or a pod for the `kubernetes` queue.
    CeleryKubernetes,
    /// `LocalKubernetesExecutor`: local, or a pod for the `kubernetes` queue.
    LocalKubernetes,
    /// Another executor, by Python path.
    Custom(ExecutorPath),
}

impl Executor {
    /// The built-in executors with their names.
    const BUILT_IN: [(Executor, &'static str); 5] = [
        (Executor::Local, "LocalExecutor"),
        (Executor::Celery, "CeleryExecutor"),
        (Executor::Kubernetes, "KubernetesExecutor"),
        (Executor::CeleryKubernetes, "CeleryKubernetesExecutor"),
        (Executor::LocalKubernetes, "LocalKubernetesExecutor"),
    ];

    /// Parses a built-in name (`CeleryExecutor`, …) or a dotted Python path
    /// ending in `…Executor`.
    ///
    /// # Errors
    /// [`ExecutorError::WrongCase`] for a built-in name in the wrong case,
    /// otherwise as [`ExecutorPath::parse`].
    pub fn parse(s: &str) -> Result<Self, ExecutorError> {
        if let Some((e, _)) = Self::BUILT_IN.iter().find(|(_, name)| *name == s) {
            return Ok(e.clone());
        }
        if let Some((_, name)) = Self::BUILT_IN
            .iter()
            .find(|(_, name)| name.eq_ignore_ascii_case(s))
        {
            return Err(ExecutorError::WrongCase {
                written: s.to_owned(),
                suggestion: name,
            });
        }
        ExecutorPath::parse(s).map(Self::Custom)
    }

    /// The name or path as Airflow's `core.executor` takes it.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Local => "LocalExecutor",
            Self::Celery => "CeleryExecutor",
            Self::Kubernetes => "KubernetesExecutor",
            Self::CeleryKubernetes => "CeleryKubernetesExecutor",
            Self::LocalKubernetes => "LocalKubernetesExecutor",
            Self::Custom(path) => path.as_str(),
        }
    }

    /// Whether tasks (some or all) run in pods of their own: true for the
    /// Kubernetes, CeleryKubernetes and LocalKubernetes executors, and for a
    /// Python path whose class is one of those three.
    #[must_use]
    pub fn is_kubernetes(&self) -> bool {
        match self {
            Self::Kubernetes | Self::CeleryKubernetes | Self::LocalKubernetes => true,
            Self::Local | Self::Celery => false,
            Self::Custom(path) => matches!(
                path.class_name(),
                "KubernetesExecutor" | "CeleryKubernetesExecutor" | "LocalKubernetesExecutor"
            ),
        }
    }
}

/// A non-empty list of distinct executors, written as Airflow 3 takes it:
/// `CeleryExecutor,KubernetesExecutor` (the first is the default; no spaces).
///
/// ```
/// use airflow_values::types::{Executor, Executors};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let list: Executors = "CeleryExecutor,KubernetesExecutor".parse()?;
/// assert!(list.is_multiple() && list.runs_on_kubernetes());
/// assert_eq!(list.first(), &Executor::Celery);
/// assert_eq!(Executors::single(Executor::Local).to_string(), "LocalExecutor");
/// assert!("CeleryExecutor, KubernetesExecutor".parse::<Executors>().is_err());
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Executors(Vec<Executor>);

impl Executors {
    /// A list of one executor.
    #[must_use]
    pub fn single(executor: Executor) -> Self {
        Self(vec![executor])
    }

    /// A list from executors given in order.
    ///
    /// # Errors
    /// [`ExecutorError::Empty`] for an empty list,
    /// [`ExecutorError::Duplicate`] (with the byte offset in the written
    /// form) if one appears twice.
    pub fn new(executors: Vec<Executor>) -> Result<Self, ExecutorError> {
        if executors.is_empty() {
            return Err(ExecutorError::Empty);
        }
        let mut at = 0;
        for (i, e) in executors.iter().enumerate() {
            if executors[..i].contains(e) {
                return Err(ExecutorError::Duplicate {
                    name: e.to_string(),
                    at,
                });
            }
            at += e.as_str().len() + 1;
        }
        Ok(Self(executors))
    }

    /// Parses a comma-separated list without spaces.
    ///
    /// # Errors
    /// [`ExecutorError::Empty`], [`ExecutorError::Whitespace`],
    /// [`ExecutorError::EmptyEntry`], [`ExecutorError::Duplicate`], or the
    /// error of [`Executor::parse`] for an entry (its offset counted from the
    /// start of the list).
    pub fn parse(s: &str) -> Result<Self, ExecutorError> {
        if s.is_empty() {
            return Err(ExecutorError::Empty);
        }
        if let Some(at) = s.find(char::is_whitespace) {
            return Err(ExecutorError::Whitespace { at });
        }
        let mut list: Vec<Executor> = Vec::new();
        let mut at = 0;
        for entry in s.split(',') {
            if entry.is_empty() {
                return Err(ExecutorError::EmptyEntry { at });
            }
            let e = Executor::parse(entry).map_err(|err| match err {
                ExecutorError::Unknown { written, at: i } => ExecutorError::Unknown {
                    written,
                    at: at + i,
                },
                other => other,
            })?;
            if list.contains(&e) {
                return Err(ExecutorError::Duplicate {
                    name: entry.to_owned(),
                    at,
                });
            }
            list.push(e);
            at += entry.len() + 1;
        }
        Ok(Self(list))
    }

    /// The executors in order.
    pub fn iter(&self) -> std::slice::Iter<'_, Executor> {
        self.0.iter()
    }

    /// The executors as a slice.
    #[must_use]
    pub fn as_slice(&self) -> &[Executor] {
        &self.0
    }

    /// The first executor, which Airflow uses when a task names none.
    #[must_use]
    pub fn first(&self) -> &Executor {
        // The list is never empty: every constructor checks it.
        &self.0[0]
    }

    /// Whether there is more than one executor (Airflow 3 and later).
    #[must_use]
    pub fn is_multiple(&self) -> bool {
        self.0.len() > 1
    }

    /// Whether any executor runs tasks in pods of their own.
    #[must_use]
    pub fn runs_on_kubernetes(&self) -> bool {
        self.0.iter().any(Executor::is_kubernetes)
    }
}

impl<'a> IntoIterator for &'a Executors {
    type Item = &'a Executor;
    type IntoIter = std::slice::Iter<'a, Executor>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl From<Executor> for Executors {
    fn from(executor: Executor) -> Self {
        Self::single(executor)
    }
}

impl fmt::Display for Executors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            f.write_str(e.as_str())?;
        }
        Ok(())
    }
}

text_conversions!(as_str ExecutorError => ExecutorPath, Executor);
text_conversions!(ExecutorError => Executors);

#[cfg(test)]
mod tests {
    use super::*;

    const ECS: &str = "airflow.providers.amazon.aws.executors.ecs.AwsEcsExecutor";

    #[test]
    fn executor_table() {
        let cases = [
            ("LocalExecutor", Some(false)),
            ("CeleryExecutor", Some(false)),
            ("KubernetesExecutor", Some(true)),
            ("CeleryKubernetesExecutor", Some(true)),
            ("LocalKubernetesExecutor", Some(true)),
            (ECS, Some(false)),
            ("MyExecutor", Some(false)),
            ("_priv.mod2.MyExecutor", Some(false)),
            (
                "airflow.providers.cncf.kubernetes.executors.kubernetes_executor.KubernetesExecutor",
                Some(true),
            ),
            ("", None),
            ("Executor", None),
            ("XExecutor", None),
            ("airflow.executors.local", None),
            ("airflow..MyExecutor", None),
            ("1mod.MyExecutor", None),
            ("mod.myExecutor", None),
            ("mod.My-Executor", None),
            ("celeryexecutor", None),
            ("Celery", None),
        ];
        for (input, kube) in cases {
            let got = Executor::parse(input);
            assert_eq!(
                got.as_ref().ok().map(Executor::is_kubernetes),
                kube,
                "input {input:?}"
            );
            if let Ok(e) = got {
                assert_eq!(e.to_string(), input, "input {input:?}");
                assert_eq!(
                    e.to_string().parse::<Executor>().as_ref(),
                    Ok(&e),
                    "input {input:?}"
                );
            }
        }
    }

    #[test]
    fn executor_errors_point_at_the_problem() {
        let cases: Vec<(&str, ExecutorError)> = vec![
            (
                "celeryExecutor",
                ExecutorError::WrongCase {
                    written: "celeryExecutor".into(),
                    suggestion: "CeleryExecutor",
                },
            ),
            (
                "airflow..MyExecutor",
                ExecutorError::Unknown {
                    written: "airflow..MyExecutor".into(),
                    at: 8,
                },
            ),
            (
                "mod.My-Executor",
                ExecutorError::Unknown {
                    written: "mod.My-Executor".into(),
                    at: 6,
                },
            ),
        ];
        for (input, want) in cases {
            assert_eq!(Executor::parse(input), Err(want), "input {input:?}");
        }
        let msg = Executor::parse("celeryexecutor")
            .expect_err("case")
            .to_string();
        assert!(msg.contains("did you mean CeleryExecutor"), "{msg}");
    }

    #[test]
    fn executors_parse() {
        let list = Executors::parse("CeleryExecutor,KubernetesExecutor").expect("valid");
        assert_eq!(
            list.iter().cloned().collect::<Vec<_>>(),
            [Executor::Celery, Executor::Kubernetes]
        );
        assert!(list.is_multiple() && list.runs_on_kubernetes());
        assert_eq!(list.first(), &Executor::Celery);
        assert_eq!(list.to_string(), "CeleryExecutor,KubernetesExecutor");

        let one = Executors::parse("CeleryExecutor").expect("valid");
        assert!(!one.is_multiple() && !one.runs_on_kubernetes());
        assert_eq!(one, Executors::single(Executor::Celery));

        let cases: Vec<(&str, ExecutorError)> = vec![
            ("", ExecutorError::Empty),
            (
                "CeleryExecutor, KubernetesExecutor",
                ExecutorError::Whitespace { at: 15 },
            ),
            (
                "CeleryExecutor,,KubernetesExecutor",
                ExecutorError::EmptyEntry { at: 15 },
            ),
            (",CeleryExecutor", ExecutorError::EmptyEntry { at: 0 }),
            ("CeleryExecutor,", ExecutorError::EmptyEntry { at: 15 }),
            (
                "CeleryExecutor,LocalExecutor,CeleryExecutor",
                ExecutorError::Duplicate {
                    name: "CeleryExecutor".into(),
                    at: 29,
                },
            ),
            (
                "LocalExecutor,mod.bad-Executor",
                ExecutorError::Unknown {
                    written: "mod.bad-Executor".into(),
                    at: 18,
                },
            ),
        ];
        for (input, want) in cases {
            assert_eq!(Executors::parse(input), Err(want), "input {input:?}");
        }
        assert_eq!(
            Executors::new(vec![Executor::Local, Executor::Local]),
            Err(ExecutorError::Duplicate {
                name: "LocalExecutor".into(),
                at: 14
            })
        );
        assert_eq!(Executors::new(vec![]), Err(ExecutorError::Empty));
    }

    #[test]
    fn serde_as_strings() {
        let list: Executors =
            serde_json::from_str("\"LocalExecutor,KubernetesExecutor\"").expect("de");
        assert_eq!(
            serde_json::to_string(&list).expect("ser"),
            "\"LocalExecutor,KubernetesExecutor\""
        );
        assert!(serde_json::from_str::<Executors>("\"Local\"").is_err());
        let e: Executor = serde_json::from_str(&format!("\"{ECS}\"")).expect("de");
        assert_eq!(
            serde_json::to_string(&e).expect("ser"),
            format!("\"{ECS}\"")
        );
    }
}
