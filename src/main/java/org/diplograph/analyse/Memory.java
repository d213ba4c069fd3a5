package org.diplograph.analyse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function, for any number of threads, up to a number of keys: the
 * first ones seen, which in news text are mostly the frequent ones. As the function is pure, which
 * thread computes an entry and whether it is kept never changes a result, only how fast it comes.
 */
final class Memory<K, V> {

    private final int capacity;
    private final Map<K, V> known = new ConcurrentHashMap<>();

    Memory(int capacity) {
        this.capacity = capacity;
    }

    V get(K key, Function<K, V> function) {
        V value = known.get(key);
        if (value != null)
            return value;
        value = function.apply(key);
        if (known.size() < capacity)
            known.putIfAbsent(key, value);
        return value;
    }
}
