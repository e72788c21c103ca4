package org.jiandu.tasks;

import java.util.Objects;

/**
 * One item of a main-responsibility list (主体责任清单) for a unit or a leading cadre: e.g. study and deploy 党风廉政建设
 * (quarterly), talks with subordinates (at least twice a half-year), report on responsibility and integrity 述责述廉
 * (yearly).
 *
 * @param code    the item's code in the list
 * @param name    what is to be done
 * @param cadence how often it comes round
 * @param times   how many records each period needs
 */
public record DutyItem(String code, String name, Cadence cadence, int times) {

    public DutyItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(cadence, "cadence");
        if (times < 1) {
            throw new IllegalArgumentException("item " + code + " needs at least one record a period");
        }
    }
}
