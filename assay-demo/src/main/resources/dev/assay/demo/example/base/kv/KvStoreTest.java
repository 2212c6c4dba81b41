package com.example.kv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KvStoreTest {
  @TempDir Path dir;

  @Test
  void getReturnsWhatWasInserted() throws IOException {
    try (KvStore store = KvStore.open(dir.resolve("data"))) {
      store.insert(7, bytes("seven"));
      store.insert(3, bytes("three"));

      assertArrayEquals(bytes("seven"), store.get(7).orElseThrow());
      assertArrayEquals(bytes("three"), store.get(3).orElseThrow());
      assertEquals(2, store.size());
    }
  }

  @Test
  void aMissingKeyHasNoValue() throws IOException {
    try (KvStore store = KvStore.open(dir.resolve("data"))) {
      store.insert(1, bytes("one"));

      assertTrue(store.get(2).isEmpty());
    }
  }

  @Test
  void theLatestInsertOfAKeyWins() throws IOException {
    try (KvStore store = KvStore.open(dir.resolve("data"))) {
      store.insert(5, bytes("old"));
      store.insert(6, bytes("other"));
      store.insert(5, bytes("new"));

      assertArrayEquals(bytes("new"), store.get(5).orElseThrow());
      assertEquals(2, store.size());
    }
  }

  @Test
  void valuesSurviveClosingAndReopening() throws IOException {
    Path file = dir.resolve("data");
    try (KvStore store = KvStore.open(file)) {
      for (int key = 0; key < 100; key++) {
        store.insert(key, bytes("value " + key));
      }
    }
    try (KvStore store = KvStore.open(file)) {
      assertEquals(100, store.size());
      assertArrayEquals(bytes("value 42"), store.get(42).orElseThrow());
    }
  }

  @Test
  void aRecordCutShortByACrashIsIgnored() throws IOException {
    Path file = dir.resolve("data");
    try (KvStore store = KvStore.open(file)) {
      store.insert(1, bytes("kept"));
    }
    // The header of a second record, whose value never reached the disk.
    Files.write(file, new byte[] {0, 0, 0, 2, 0, 0, 0, 9, 1}, StandardOpenOption.APPEND);
    try (KvStore store = KvStore.open(file)) {
      assertEquals(1, store.size());
      assertTrue(store.get(2).isEmpty());
      store.insert(2, bytes("two"));
      assertArrayEquals(bytes("two"), store.get(2).orElseThrow());
      assertArrayEquals(bytes("kept"), store.get(1).orElseThrow());
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }
}
