package org.jiandu.core;

import java.time.LocalDate;

import org.jiandu.core.model.CadreRole;
import org.jiandu.core.model.Rank;

/**
 * A cadre as lists show it: detached, with the organisation's name resolved. {@code orgPath} lets modules group by
 * township and check scope; {@code active} is false once the cadre has left.
 */
public record CadreView(long id, long version, String code, String name, String orgCode, String orgName, Rank rank, CadreRole role,
        LocalDate since, boolean seconded, String orgPath, boolean active) {
}
