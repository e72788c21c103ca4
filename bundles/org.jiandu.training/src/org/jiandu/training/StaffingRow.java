package org.jiandu.training;

/**
 * Staffing of one township (or the county's own commission) and the training coverage of its people in a year.
 *
 * @param averageTenureYears average years since the current cadres took up their work
 * @param trainedAllStaff    cadres held to the all-staff rule who completed it this year
 * @param heldToAllStaff     cadres held to the all-staff rule
 * @param directorsTrained   village supervision directors trained this year
 * @param directors          village supervision directors
 */
public record StaffingRow(String orgCode, String orgName, int authorizedPosts, int filled, int vacancies,
        int secondedLongTerm, double averageTenureYears, int trainedAllStaff, int heldToAllStaff, int directorsTrained,
        int directors) {

    public double allStaffCoverage() {
        return heldToAllStaff == 0 ? 1.0 : (double) trainedAllStaff / heldToAllStaff;
    }

    public double directorCoverage() {
        return directors == 0 ? 1.0 : (double) directorsTrained / directors;
    }
}
