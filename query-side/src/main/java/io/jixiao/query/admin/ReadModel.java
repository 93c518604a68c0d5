package io.jixiao.query.admin;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A read model that can be rebuilt into a fresh generation of its collections while the active one answers.
 *
 * @param processor   its processor (processing group)
 * @param version     the version its projection declares; a generation built with another is rebuilt at start
 * @param collections the plain names of its collections (generation 0), to drop a generation by
 * @param projections fresh projection instances on stores bound to the given generation, emitting no live updates
 */
public record ReadModel(String processor, int version, List<String> collections,
                        IntFunction<List<Object>> projections) {

    public ReadModel {
        collections = List.copyOf(collections);
    }
}
