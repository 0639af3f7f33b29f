-- Passkeys (WebAuthn, issue 16), for Spring Security's JdbcPublicKeyCredentialUserEntityRepository
-- and JdbcUserCredentialRepository: the tables as Spring Security's own schema files define them
-- (org/springframework/security/user-entities-schema.sql and user-credentials-schema-postgres.sql
-- in spring-security-web 7.0), so that every instance accepts every passkey. A user entity's name
-- is the user's email as stored in users (emails never change); its id is the random WebAuthn
-- user handle. Added here: the link from a credential to its user entity (deleting the one
-- deletes the others), the index that finds a user's passkeys, and names as long as an email
-- may be (320, not 100 and 200).
create table user_entities
(
    id           varchar(1000) not null,
    name         varchar(320)  not null,
    display_name varchar(320),
    primary key (id)
);

create unique index user_entities_name_idx on user_entities (name);

create table user_credentials
(
    credential_id                varchar(1000) not null,
    user_entity_user_id          varchar(1000) not null references user_entities (id) on delete cascade,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null,
    primary key (credential_id)
);

create index user_credentials_user_idx on user_credentials (user_entity_user_id);
