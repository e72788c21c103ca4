package org.jiandu.patrol.planning;

import java.util.List;

/**
 * A patrol team (巡察组): its home zone (cross inspection sends it outside), its capacity in load points per round,
 * and its members.
 */
public record Team(String code, String name, String zone, int capacity, List<Member> members) {
}
