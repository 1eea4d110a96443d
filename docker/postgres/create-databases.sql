-- Run once by the postgres image on an empty data volume (compose profile "local"): one database per
-- app that keeps state. Each app creates its own tables through its migrations.
CREATE DATABASE learner_records;
CREATE DATABASE hmpps_integration_api;
CREATE DATABASE vera_integration;
