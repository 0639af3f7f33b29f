-- Once-only scheduled jobs across app instances (ShedLock's JDBC provider, cluster.SchedulingConfig):
-- one row per job; the instance that sets lock_until runs the job, the others skip it until then.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
