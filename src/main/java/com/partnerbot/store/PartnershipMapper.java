package com.partnerbot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a partnership row; times are stored as epoch milliseconds, which every database keeps the same way. */
public final class PartnershipMapper implements RowMapper<Partnership> {
    @Override
    public Partnership map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Partnership(
                rs.getString("team_id"),
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("channel_id"),
                rs.getString("owner_user_id"),
                rs.getString("description"),
                rs.getString("created_by"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
