package dev.assay.llm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyTest {
  @TempDir Path tmp;

  @Test
  void keyFileInsideTheRepositoryIsRefused() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Path inside = Files.writeString(repo.resolve("key.txt"), "sk-ant-secret\n");
    assertThatThrownBy(() -> ApiKey.fromFile(inside, repo))
        .isInstanceOf(ApiKey.KeyException.class)
        .hasMessageContaining("inside the repository")
        .hasMessageNotContaining("sk-ant-secret");
  }

  @Test
  void keyFileOutsideIsReadAndNeverPrinted() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Path outside = Files.writeString(tmp.resolve("key"), "sk-ant-secret-123\n");
    ApiKey k = ApiKey.fromFile(outside, repo);
    assertThat(k.value()).isEqualTo("sk-ant-secret-123");
    assertThat(k.toString()).doesNotContain("secret-123");
  }

  @Test
  void missingVariableSaysWhatToDo() {
    assertThatThrownBy(() -> ApiKey.fromEnv("ANTHROPIC_API_KEY", Map.of()))
        .hasMessageContaining("ANTHROPIC_API_KEY is not set");
  }

  @Test
  void multiLineKeyFileIsRefused() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Path f = Files.writeString(tmp.resolve("keys"), "a\nb\n");
    assertThatThrownBy(() -> ApiKey.fromFile(f, repo)).hasMessageContaining("exactly one line");
  }
}
