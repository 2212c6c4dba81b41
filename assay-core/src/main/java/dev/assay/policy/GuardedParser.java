package dev.assay.policy;

import dev.assay.api.CriteriaException;
import dev.assay.api.Location;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Sits between snakeyaml's parser and composer to stop hostile structure before it is built: the
 * composer recurses once per nesting level (deep nesting would overflow the stack) and aliases of
 * lists or maps are the "billion laughs" amplifier. Failing here gives the exact position.
 */
final class GuardedParser implements Parser {
  static final int MAX_DEPTH = 64;
  static final int MAX_COLLECTION_ALIASES = 50;

  private final Parser delegate;
  private final String file;
  private final Set<String> collectionAnchors = new HashSet<>();
  private int depth;
  private int collectionAliases;
  private Event last;

  GuardedParser(Parser delegate, String file) {
    this.delegate = delegate;
    this.file = file;
  }

  /** The position of the last event handed to the composer, for errors that carry none. */
  Location lastPosition() {
    return last == null ? new Location(file, 0, 0, "") : position(last.getStartMark());
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return delegate.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return delegate.peekEvent();
  }

  @Override
  public boolean hasNext() {
    return delegate.hasNext();
  }

  @Override
  public Event next() {
    Event event = delegate.next();
    last = event;
    if (event instanceof CollectionStartEvent start) {
      enter(start);
    } else if (event.getEventId() == Event.ID.SequenceEnd
        || event.getEventId() == Event.ID.MappingEnd) {
      depth--;
    } else if (event instanceof AliasEvent alias) {
      countAlias(alias);
    } else if (event instanceof NodeEvent node) {
      node.getAnchor().ifPresent(a -> collectionAnchors.remove(a.getValue()));
    }
    return event;
  }

  private void enter(CollectionStartEvent start) {
    if (++depth > MAX_DEPTH) {
      throw new CriteriaException(
          position(start.getStartMark()),
          "nesting deeper than " + MAX_DEPTH + " levels",
          "a criteria file needs only a few levels; flatten the structure");
    }
    start.getAnchor().ifPresent(a -> collectionAnchors.add(a.getValue()));
  }

  private void countAlias(AliasEvent alias) {
    if (collectionAnchors.contains(alias.getAlias().getValue())
        && ++collectionAliases > MAX_COLLECTION_ALIASES) {
      throw new CriteriaException(
          position(alias.getStartMark()),
          "more than "
              + MAX_COLLECTION_ALIASES
              + " aliases (`*name`) of lists or mappings; refusing to expand them"
              + " (this is how \"billion laughs\" files exhaust memory)",
          "write the values out instead of repeating aliases");
    }
  }

  private Location position(Optional<Mark> mark) {
    return mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1, ""))
        .orElseGet(() -> new Location(file, 0, 0, ""));
  }
}
