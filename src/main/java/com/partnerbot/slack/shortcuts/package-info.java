/** Global and message shortcuts. */
package com.partnerbot.slack.shortcuts;
