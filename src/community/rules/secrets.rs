//! Keys and passwords: the fernet key, the webserver secret key, users.

use crate::community::Values;
use crate::findings::{Code, Profile, Rule, Severity};
use crate::rules::Findings;
use crate::types::secret::SecretValue;
use crate::yaml::key_path;

/// The fernet key written in the chart's values.yaml, known to everyone.
pub(crate) const CHART_FERNET_KEY: &str = "7T512UXSSmBOkpWimFHIVb8jK6lfmSAvx4mO6Arehnc=";
/// The webserver secret key written in the chart's values.yaml.
pub(crate) const CHART_WEBSERVER_SECRET_KEY: &str = "THIS IS UNSAFE!";

pub(crate) const AV1201: Rule<Values> = Rule {
    code: Code::new("AV1201"),
    name: "community-fernet-key-empty",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV1201.md"),
    check: fernet_key_empty,
};

pub(crate) const AV1202: Rule<Values> = Rule {
    code: Code::new("AV1202"),
    name: "community-fernet-key-chart-default",
    severity: Severity::Error,
    profile: Profile::Default,
    doc: include_str!("docs/AV1202.md"),
    check: fernet_key_chart_default,
};

pub(crate) const AV1203: Rule<Values> = Rule {
    code: Code::new("AV1203"),
    name: "community-fernet-key-in-values",
    severity: Severity::Error,
    profile: Profile::Production,
    doc: include_str!("docs/AV1203.md"),
    check: fernet_key_in_values,
};

pub(crate) const AV1204: Rule<Values> = Rule {
    code: Code::new("AV1204"),
    name: "community-webserver-secret-key-chart-default",
    severity: Severity::Warning,
    profile: Profile::Default,
    doc: include_str!("docs/AV1204.md"),
    check: webserver_secret_key_chart_default,
};

pub(crate) const AV1210: Rule<Values> = Rule {
    code: Code::new("AV1210"),
    name: "community-default-user-password",
    severity: Severity::Error,
    profile: Profile::Production,
    doc: include_str!("docs/AV1210.md"),
    check: default_user_password,
};

/// The environment variable that carries a setting, when the values set it
/// some other way than its chart key: in `airflow.extraEnv` (typically from
/// a Secret) or in `airflow.config`.
pub(crate) fn set_by_env(values: &Values, variable: &str) -> bool {
    let Some(airflow) = values.airflow.as_ref() else {
        return false;
    };
    let in_env = airflow
        .extra_env
        .as_ref()
        .is_some_and(|env| env.iter().any(|e| e.name == variable));
    let in_config = airflow
        .config
        .as_ref()
        .is_some_and(|c| c.contains_key(variable));
    in_env || in_config
}

fn fernet_key(values: &Values) -> Option<&SecretValue> {
    values.airflow.as_ref().and_then(|a| a.fernet_key.as_ref())
}

fn fernet_key_empty(values: &Values, out: &mut Findings) {
    if fernet_key(values).is_some_and(SecretValue::is_empty)
        && !set_by_env(values, "AIRFLOW__CORE__FERNET_KEY")
    {
        out.report(
            key_path!(airflow.fernetKey),
            "the fernet key is empty, so Airflow stores connection passwords and variables unencrypted in the database",
            "set AIRFLOW__CORE__FERNET_KEY in airflow.extraEnv from an existing Secret (valueFrom.secretKeyRef), with a key from Fernet.generate_key()",
        );
    }
}

fn fernet_key_chart_default(values: &Values, out: &mut Findings) {
    if set_by_env(values, "AIRFLOW__CORE__FERNET_KEY") {
        return;
    }
    match fernet_key(values) {
        None => out.report(
            key_path!(airflow.fernetKey),
            "no fernet key is set, so the key written in the chart's values.yaml applies; anyone who has the chart can decrypt the stored connections",
            "set AIRFLOW__CORE__FERNET_KEY in airflow.extraEnv from an existing Secret, with a key of your own",
        ),
        Some(key) if key.expose_secret() == CHART_FERNET_KEY => out.report(
            key_path!(airflow.fernetKey),
            "the fernet key is the one published in the chart's values.yaml; anyone who has the chart can decrypt the stored connections",
            "generate a key of your own and set AIRFLOW__CORE__FERNET_KEY in airflow.extraEnv from an existing Secret",
        ),
        Some(_) => {}
    }
}

fn fernet_key_in_values(values: &Values, out: &mut Findings) {
    let in_config = values
        .airflow
        .as_ref()
        .and_then(|a| a.config.as_ref())
        .is_some_and(|c| c.contains_key("AIRFLOW__CORE__FERNET_KEY"));
    if in_config {
        out.report(
            key_path!(airflow.config.AIRFLOW__CORE__FERNET_KEY),
            "the fernet key is written in plain text in airflow.config, and from there in the release's history",
            "move it into a Secret and set AIRFLOW__CORE__FERNET_KEY in airflow.extraEnv with valueFrom.secretKeyRef instead",
        );
    }
    let Some(key) = fernet_key(values) else {
        return;
    };
    if !key.is_empty() && key.expose_secret() != CHART_FERNET_KEY {
        out.report(
            key_path!(airflow.fernetKey),
            "the fernet key is written in plain text in the values, and from there in the release's history",
            "move it into a Secret and set AIRFLOW__CORE__FERNET_KEY in airflow.extraEnv with valueFrom.secretKeyRef; then remove airflow.fernetKey",
        );
    }
}

fn webserver_secret_key_chart_default(values: &Values, out: &mut Findings) {
    if set_by_env(values, "AIRFLOW__WEBSERVER__SECRET_KEY") {
        return;
    }
    let key = values
        .airflow
        .as_ref()
        .and_then(|a| a.webserver_secret_key.as_ref());
    let message = match key {
        None => {
            "no webserver secret key is set, so the chart's published `THIS IS UNSAFE!` signs the session cookies"
        }
        Some(k) if k.expose_secret() == CHART_WEBSERVER_SECRET_KEY => {
            "the webserver secret key is the chart's published `THIS IS UNSAFE!`, so anyone can forge session cookies"
        }
        Some(k) if k.is_empty() => {
            "the webserver secret key is empty; the webserver then refuses to sign sessions or each pod makes up its own"
        }
        Some(_) => return,
    };
    out.report(
        key_path!(airflow.webserverSecretKey),
        message,
        "set AIRFLOW__WEBSERVER__SECRET_KEY in airflow.extraEnv from an existing Secret holding a long random value",
    );
}

fn default_user_password(values: &Values, out: &mut Findings) {
    let users = values.airflow.as_ref().and_then(|a| a.users.as_ref());
    let Some(users) = users else {
        out.report(
            key_path!(airflow.users),
            "no users are listed, so the chart creates its default `admin` user with the password `admin`",
            "list your users with `password: ${ADMIN_PASSWORD}` and take ADMIN_PASSWORD from a Secret in airflow.usersTemplates, or set airflow.users: [] and manage users elsewhere",
        );
        return;
    };
    for (i, user) in users.iter().enumerate() {
        let Some(password) = user.password.as_ref() else {
            continue;
        };
        let text = password.expose_secret();
        if text.is_empty() || text.contains('$') {
            continue;
        }
        out.report(
            key_path!(airflow.users[i].password),
            "the user's password is written in plain text in the values",
            "write `${NAME}` and define NAME in airflow.usersTemplates as a key of an existing Secret",
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::community::Values;
    use crate::findings::Profile;

    fn codes(yaml: &str, profile: Profile) -> Vec<String> {
        let values = Values::from_yaml(yaml).expect("test values read");
        values
            .validate(profile)
            .diagnostics()
            .iter()
            .map(|d| format!("{} {}", d.code, d.path))
            .collect()
    }

    const SECRET_ENV: &str = "    - name: AIRFLOW__CORE__FERNET_KEY\n      valueFrom: {secretKeyRef: {name: s, key: k}}\n    - name: AIRFLOW__WEBSERVER__SECRET_KEY\n      valueFrom: {secretKeyRef: {name: s, key: w}}\n";

    fn has(found: &[String], what: &str) -> bool {
        found.iter().any(|f| f == what)
    }

    #[test]
    fn fernet_key_rules_fire_and_stay_quiet() {
        let cases = [
            // (yaml, profile, code+path, fires)
            (
                "airflow:\n  fernetKey: \"\"\n".to_owned(),
                Profile::Default,
                "AV1201 airflow.fernetKey",
                true,
            ),
            (
                format!("airflow:\n  fernetKey: \"\"\n  extraEnv:\n{SECRET_ENV}"),
                Profile::Default,
                "AV1201 airflow.fernetKey",
                false,
            ),
            (
                "airflow:\n  fernetKey: abc\n".to_owned(),
                Profile::Default,
                "AV1201 airflow.fernetKey",
                false,
            ),
            (
                "airflow: {}\n".to_owned(),
                Profile::Default,
                "AV1202 airflow.fernetKey",
                true,
            ),
            (
                "airflow:\n  fernetKey: 7T512UXSSmBOkpWimFHIVb8jK6lfmSAvx4mO6Arehnc=\n".to_owned(),
                Profile::Default,
                "AV1202 airflow.fernetKey",
                true,
            ),
            (
                format!("airflow:\n  extraEnv:\n{SECRET_ENV}"),
                Profile::Default,
                "AV1202 airflow.fernetKey",
                false,
            ),
            (
                "airflow:\n  fernetKey: mykey\n".to_owned(),
                Profile::Default,
                "AV1202 airflow.fernetKey",
                false,
            ),
            (
                "airflow:\n  fernetKey: mykey\n".to_owned(),
                Profile::Production,
                "AV1203 airflow.fernetKey",
                true,
            ),
            (
                "airflow:\n  fernetKey: mykey\n".to_owned(),
                Profile::Default,
                "AV1203 airflow.fernetKey",
                false,
            ),
            (
                format!("airflow:\n  extraEnv:\n{SECRET_ENV}"),
                Profile::Production,
                "AV1203 airflow.fernetKey",
                false,
            ),
            (
                "airflow:\n  config: {AIRFLOW__CORE__FERNET_KEY: k}\n".to_owned(),
                Profile::Production,
                "AV1203 airflow.config.AIRFLOW__CORE__FERNET_KEY",
                true,
            ),
            (
                "airflow:\n  config: {AIRFLOW__CORE__LOAD_EXAMPLES: k}\n".to_owned(),
                Profile::Production,
                "AV1203 airflow.config.AIRFLOW__CORE__FERNET_KEY",
                false,
            ),
            (
                "{}\n".to_owned(),
                Profile::Default,
                "AV1204 airflow.webserverSecretKey",
                true,
            ),
            (
                "airflow:\n  webserverSecretKey: THIS IS UNSAFE!\n".to_owned(),
                Profile::Default,
                "AV1204 airflow.webserverSecretKey",
                true,
            ),
            (
                "airflow:\n  webserverSecretKey: long-random\n".to_owned(),
                Profile::Default,
                "AV1204 airflow.webserverSecretKey",
                false,
            ),
            (
                format!("airflow:\n  extraEnv:\n{SECRET_ENV}"),
                Profile::Default,
                "AV1204 airflow.webserverSecretKey",
                false,
            ),
            (
                "{}\n".to_owned(),
                Profile::Production,
                "AV1210 airflow.users",
                true,
            ),
            (
                "airflow:\n  users: [{username: a, password: pw}]\n".to_owned(),
                Profile::Production,
                "AV1210 airflow.users[0].password",
                true,
            ),
            (
                "airflow:\n  users: [{username: a, password: \"${PW}\"}]\n".to_owned(),
                Profile::Production,
                "AV1210 airflow.users[0].password",
                false,
            ),
            (
                "airflow:\n  users: []\n".to_owned(),
                Profile::Production,
                "AV1210 airflow.users",
                false,
            ),
        ];
        for (yaml, profile, what, fires) in cases {
            let found = codes(&yaml, profile);
            assert_eq!(has(&found, what), fires, "{what} on {yaml:?}: {found:?}");
        }
    }

    #[test]
    fn messages_do_not_echo_keys() {
        let values = Values::from_yaml(
            "airflow:\n  fernetKey: Zebra7Secret\n  users: [{username: a, password: Quokka9}]\n",
        )
        .expect("reads");
        let text = values.validate(Profile::Production).to_string();
        assert!(
            !text.contains("Zebra7Secret") && !text.contains("Quokka9"),
            "{text}"
        );
        assert!(text.contains("AV1203"), "{text}");
    }
}
