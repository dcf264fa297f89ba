-- One database per service (DESIGN.md). Run once by the postgres image on an empty volume.
CREATE DATABASE dispatch;
CREATE DATABASE inventory_transfer;
CREATE DATABASE fleet;
CREATE DATABASE field;
CREATE DATABASE billing;
