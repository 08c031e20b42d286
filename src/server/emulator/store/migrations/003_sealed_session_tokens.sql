-- Session lists carry the session token, as Vultr's do. The token is kept sealed (AES-256-GCM under
-- the key file in the data directory); look-ups still go by token_hash. Sessions created before this
-- column existed have no sealed token: they are listed masked and cannot be revoked by token.
ALTER TABLE assumed_role_sessions ADD COLUMN token_sealed TEXT;
