-- Telegram updates already taken in, keyed by Telegram's update_id. A batch Telegram delivers
-- again (the process died before it confirmed the batch) is then not applied twice, and replies
-- that were stored but not yet sent are sent again. Telegram redelivers for 24 hours at most;
-- rows older than 2 days are deleted.
-- Holds no chat id, user id, name or message text: the chat to answer comes from the redelivered
-- update itself. `replies` are the bot's own messages (JSON).
CREATE TABLE telegram_update (
    update_id   BIGINT          NOT NULL PRIMARY KEY,
    received_on DATE            NOT NULL,
    replies     VARCHAR(1000000) NOT NULL,
    sent        BOOLEAN         NOT NULL DEFAULT FALSE
);

CREATE INDEX telegram_update_received_on ON telegram_update (received_on);
