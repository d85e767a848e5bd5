package org.gridgov.core.register;

import java.util.List;
import org.gridgov.core.area.AreaCode;

/** The {@code grid-register/1} document as read: strings as written, checked afterwards. */
record RegisterDocument(
        String format,
        String plan,
        List<HouseholdEntry> households,
        List<ResidentEntry> residents,
        List<OrganisationEntry> organisations,
        List<VenueEntry> venues) {

    record HouseholdEntry(String id, AreaCode grid, String place, String address) {}

    record ResidentEntry(
            String id,
            AreaCode grid,
            String household,
            String name,
            String idNumber,
            String phone,
            List<String> tags) {}

    record OrganisationEntry(
            String id, String name, String creditCode, AreaCode grid, String place, List<String> tags) {}

    record VenueEntry(String id, String name, String kind, AreaCode grid, String place) {}
}
