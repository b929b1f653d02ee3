package com.partnerbot.phases;

/** The fields a phase start and a gate report problems on. */
public final class PhaseFields {
    private PhaseFields() {}

    public static final String START_DATE = "start_date";
    public static final String SUCCESS_CRITERIA = "success_criteria";
    /** The success criteria of the phase a gate starts. */
    public static final String NEXT_SUCCESS_CRITERIA = "next_success_criteria";

    public static final int CRITERIA_MAX = 3000;
}
