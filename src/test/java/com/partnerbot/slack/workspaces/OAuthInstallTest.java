package com.partnerbot.slack.workspaces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A workspace installed through the flow can do all that one set up from the manifest can. */
class OAuthInstallTest {
    @Test
    void anInstallAsksForTheManifestsBotScopes() throws Exception {
        JsonNode manifest = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("manifest.yml").toFile());
        List<String> scopes = new ArrayList<>();
        manifest.path("oauth_config").path("scopes").path("bot").forEach(s -> scopes.add(s.asText()));

        assertThat(scopes).isNotEmpty();
        assertThat(OAuthInstall.BOT_SCOPES).containsExactlyInAnyOrderElementsOf(scopes);
    }
}
