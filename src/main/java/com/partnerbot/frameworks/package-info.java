/**
 * The decision logic of the playbook: records in, records out, a {@link java.time.Clock} passed in. Nothing here
 * knows Slack, Javalin or Jdbi; an ArchUnit test keeps it that way.
 */
package com.partnerbot.frameworks;
