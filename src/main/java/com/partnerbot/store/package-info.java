/**
 * Storage: the connection pool, Flyway migrations ({@code resources/db/migration}) and Jdbi SqlObject DAOs. Every
 * table carries the Slack team id and every query filters by it.
 */
package com.partnerbot.store;
