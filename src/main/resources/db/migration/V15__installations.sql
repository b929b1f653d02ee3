-- Workspaces that installed Partnerbot through Slack's OAuth flow (SLACK_CLIENT_ID set): one row per installation,
-- keyed by the workspace's team id, or by the organization's enterprise id for an Enterprise Grid org-wide install
-- (which has no team of its own: it covers every workspace of the organization, and its team_id is empty). The bot
-- token is kept encrypted with AES-GCM under PARTNERBOT_TOKEN_KEY, which is never stored: its ciphertext and its
-- 12-byte nonce, both base64. Single-token mode (SLACK_BOT_TOKEN) leaves these tables empty.
-- Portable SQL: SQLite and PostgreSQL. Times are epoch milliseconds.
CREATE TABLE installation (
    installation_key       VARCHAR(32)    NOT NULL,
    team_id                VARCHAR(32),
    enterprise_id          VARCHAR(32),
    is_enterprise_install  BOOLEAN        NOT NULL,
    app_id                 VARCHAR(32),
    bot_id                 VARCHAR(32),
    bot_user_id            VARCHAR(32)    NOT NULL,
    bot_scopes             VARCHAR(1000),
    bot_token_ciphertext   VARCHAR(512)   NOT NULL,
    bot_token_nonce        VARCHAR(24)    NOT NULL,
    installed_by           VARCHAR(32),
    installed_at           BIGINT         NOT NULL,
    PRIMARY KEY (installation_key)
);

-- The workspaces of an org-wide install that have used the bot, each with its organization: what is posted for one
-- of them later (a reminder, a retry) goes out with the organization's token.
CREATE TABLE installation_workspace (
    team_id        VARCHAR(32)  NOT NULL,
    enterprise_id  VARCHAR(32)  NOT NULL,
    seen_at        BIGINT       NOT NULL,
    PRIMARY KEY (team_id)
);

-- OAuth states issued by /slack/install and not used yet. A state belongs to no workspace (the install has not
-- happened); it works once, before expires_at, and is deleted when used.
CREATE TABLE oauth_state (
    state_id    VARCHAR(64)  NOT NULL,
    expires_at  BIGINT       NOT NULL,
    PRIMARY KEY (state_id)
);
