package com.partnerbot.playbook;

import java.util.List;

/** Framework 8: the launch plan's stages in order, and the warning that launch is not the finish line. */
public record LaunchPlan(String warning, List<LaunchStage> stages) {
    public LaunchPlan {
        stages = Copies.list(stages);
    }
}
