//! `auth` (the first user and the keys) and `ldap`.

use super::prelude::*;

values_struct! {
    /// Values under `auth`.
    #[derive(Default)]
    pub struct Auth: builder {
        /// Name of the first admin user.
        username: String,
        /// Password of the first admin user; empty generates a random one.
        password: SecretValue,
        /// Fernet key that encrypts connections and variables in the database; empty generates a random one.
        fernet_key: SecretValue,
        /// Secret key that signs web sessions; empty generates a random one.
        secret_key: SecretValue,
        /// Key that signs the JWTs of the Airflow 3 APIs; empty generates a random one.
        jwt_secret_key: SecretValue,
        /// Existing Secret with the password, fernet key, secret key and JWT secret key.
        existing_secret: String,
        /// Older chart versions: refuse to install without a password; the current chart has no such key.
        force_password: bool,
    }
}

values_struct! {
    /// Values under `ldap`.
    #[derive(Default)]
    pub struct Ldap: builder {
        /// Whether users log in through LDAP.
        enabled: bool,
        /// URI of the LDAP server.
        uri: String,
        /// Base DN under which users are searched.
        basedn: String,
        /// LDAP attribute the login name is matched against.
        search_attribute: String,
        /// LDAP attribute holding the first name.
        firstname_field: String,
        /// LDAP attribute holding the last name.
        lastname_field: String,
        /// LDAP attribute holding the e-mail address.
        email_field: String,
        /// DN the web UI binds to the LDAP server as.
        binddn: String,
        /// Password of `binddn`.
        bindpw: SecretValue,
        /// Existing Secret with the bind password.
        existing_secret: String,
        /// Whether users that log in for the first time get an account (`True`/`False`).
        user_registration: String,
        /// Role of users that registered at their first login.
        user_registration_role: String,
        /// Mapping of LDAP groups to Airflow roles, as a Python dict literal.
        roles_mapping: String,
        /// Whether roles are synced from LDAP at every login (`True`/`False`).
        roles_sync_at_login: String,
        /// TLS to the LDAP server.
        tls: LdapTls,
    }
}

values_struct! {
    /// Values under `ldap.tls`.
    #[derive(Default)]
    pub struct LdapTls: builder {
        /// Whether the LDAP connection uses TLS.
        enabled: bool,
        /// Whether a self-signed LDAP server certificate is accepted.
        allow_self_signed: bool,
        /// Existing Secret with the LDAP CA certificate.
        certificates_secret: String,
        /// Where the LDAP certificates are mounted.
        certificates_mount_path: String,
        /// File name of the CA certificate inside `certificatesSecret`.
        #[serde(rename = "CAFilename")]
        ca_filename: String,
    }
}
