package bench;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;

@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LookupBench {
  @Param({"1000"})
  public int size;

  @Param({"hash"})
  public String index;

  private final Map<Integer, String> map = new HashMap<>();
  private int next;

  @Setup
  public void fill() {
    for (int i = 0; i < size; i++) {
      map.put(i, "v" + i);
    }
  }

  @Benchmark
  public String pkLookup() {
    next = (next + 7) % size;
    return map.get(next);
  }
}
