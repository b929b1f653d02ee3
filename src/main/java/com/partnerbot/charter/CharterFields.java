package com.partnerbot.charter;

/** The keys of a charter's signatory fields in its problems (sections and fields use their playbook ids). */
public final class CharterFields {
    public static final String OUR_SIGNER = "our_signer";
    public static final String PARTNER_SIGNER = "partner_signer";
    public static final String PARTNER_NAME = "partner_name";
    public static final String PARTNER_EMAIL = "partner_email";
    public static final String EVIDENCE = "evidence";

    private CharterFields() {}
}
