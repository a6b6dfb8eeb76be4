-- Multiplier links and anonymous counts per channel and day. Portable SQL: runs on H2 and PostgreSQL.
-- Nothing here identifies a person: counts are numbers per channel and day, never per participant.

-- One row per link a community got. Deactivating keeps the row (and its counts).
CREATE TABLE link (
    code         VARCHAR(64)   NOT NULL PRIMARY KEY,
    name         VARCHAR(100)  NOT NULL,
    note         VARCHAR(1000),
    dialogue_id  VARCHAR(100)  NOT NULL,
    language     VARCHAR(16),
    secret       VARCHAR(64)   NOT NULL UNIQUE,
    active       BOOLEAN       NOT NULL,
    created_on   DATE          NOT NULL,
    CONSTRAINT link_name_per_dialogue UNIQUE (dialogue_id, name)
);

-- Counts per dialogue, channel (a link code, "direct" or "web") and day. Append-only: each dialogue step
-- that counts something adds one row in the step's own transaction, so participants of the same link
-- never wait for each other on one shared row; readers add the rows up.
CREATE TABLE channel_tally (
    dialogue_id  VARCHAR(100)  NOT NULL,
    channel      VARCHAR(64)   NOT NULL,
    counted_on   DATE          NOT NULL,
    started      INT           NOT NULL,
    consented    INT           NOT NULL,
    completed    INT           NOT NULL,
    answers      INT           NOT NULL
);

CREATE INDEX channel_tally_channel ON channel_tally (channel, counted_on);
CREATE INDEX channel_tally_dialogue ON channel_tally (dialogue_id, counted_on);
