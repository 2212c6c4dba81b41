package dev.assay.llm.record;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.audit.AuditLog;
import java.io.IOException;
import java.util.Objects;

/**
 * Puts every model call and run on the repository's hash-chained audit trail (the one {@code assay
 * check} appends to and {@code assay audit verify} checks), so what a model was asked to do, what
 * it cost and how it ended sits in the same tamper-evident record as the verdicts. Only facts are
 * written: model, provider, prompt hash, usage, cost, latency, attempts and outcome; never a prompt,
 * an answer or a key (those stay in the local ledger, and only with {@code --record-prompts}).
 */
public final class AuditCallRecorder implements CallRecorder {
  private final AuditLog log;

  public AuditCallRecorder(AuditLog log) {
    this.log = Objects.requireNonNull(log, "log");
  }

  @Override
  public void call(CallRecord r) throws RecordException {
    append(JsonlCallRecorder.callFacts("llm-call", r));
  }

  @Override
  public void run(RunRecord r) throws RecordException {
    append(JsonlCallRecorder.runFacts("llm-run", r));
  }

  private void append(ObjectNode n) throws RecordException {
    try {
      log.append(n);
    } catch (IOException e) {
      throw new RecordException("cannot append to the audit trail " + log.file() + ": "
          + e.getMessage(), e);
    }
  }
}
