package com.example.kv;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A key-value store with an integer primary key: records are appended to one data file and read
 * back from it directly, so the store keeps no index in memory and never goes stale.
 *
 * <p>A record is the key (4 bytes), the value's length (4 bytes) and the value. Every insert is
 * durable when it returns. Not thread-safe.
 */
public final class KvStore implements Closeable {
  private static final int HEADER = 8;

  private final Path path;
  private final FileChannel file;
  private long end;

  private KvStore(Path path, FileChannel file) {
    this.path = path;
    this.file = file;
  }

  /** Opens the store in {@code path}, creating it when absent. */
  public static KvStore open(Path path) throws IOException {
    FileChannel channel =
        FileChannel.open(
            path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    KvStore store = new KvStore(path, channel);
    store.findEnd();
    return store;
  }

  /** Stores {@code value} under {@code key}, replacing an earlier value; durable on return. */
  public void insert(int key, byte[] value) throws IOException {
    ByteBuffer record = ByteBuffer.allocate(HEADER + value.length);
    record.putInt(key).putInt(value.length).put(value).flip();
    while (record.hasRemaining()) {
      end += file.write(record, end);
    }
    sync();
  }

  /** The value stored under {@code key}, if any: the latest record with that key wins. */
  public Optional<byte[]> get(int key) throws IOException {
    byte[] found = null;
    try (DataInputStream in = records()) {
      for (long at = 0; at + HEADER <= end; ) {
        int recordKey = in.readInt();
        int length = in.readInt();
        if (recordKey == key) {
          found = in.readNBytes(length);
        } else {
          in.skipNBytes(length);
        }
        at += HEADER + length;
      }
    }
    return Optional.ofNullable(found);
  }

  /** How many distinct keys the store holds. */
  public int size() throws IOException {
    Set<Integer> keys = new HashSet<>();
    try (DataInputStream in = records()) {
      for (long at = 0; at + HEADER <= end; ) {
        keys.add(in.readInt());
        int length = in.readInt();
        in.skipNBytes(length);
        at += HEADER + length;
      }
    }
    return keys.size();
  }

  /** Makes every insert so far durable: one flush of the data file to the disk. */
  public void sync() throws IOException {
    file.force(false);
  }

  @Override
  public void close() throws IOException {
    try {
      sync();
    } finally {
      file.close();
    }
  }

  private DataInputStream records() throws IOException {
    return new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
  }

  private void findEnd() throws IOException {
    long size = file.size();
    long at = 0;
    while (at + HEADER <= size) {
      ByteBuffer header = read(at, HEADER);
      header.getInt();
      int length = header.getInt();
      if (length < 0 || at + HEADER + length > size) {
        break; // a record cut short by a crash: ignore it, the next insert overwrites it
      }
      at += HEADER + length;
    }
    end = at;
  }

  private ByteBuffer read(long at, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (file.read(buffer, at + buffer.position()) < 0) {
        throw new IOException("data file ends inside the record at " + at);
      }
    }
    return buffer.flip();
  }
}
