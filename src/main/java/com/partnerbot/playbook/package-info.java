/** The playbook as typed records: loaded from YAML, validated, exported. Pure, like {@code frameworks}. */
package com.partnerbot.playbook;
