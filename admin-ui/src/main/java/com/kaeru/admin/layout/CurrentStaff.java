package com.kaeru.admin.layout;

import java.io.Serializable;
import java.util.Optional;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.api.me.MeDto;
import com.kaeru.api.me.ShopMembershipDto;
import com.vaadin.cdi.annotation.UIScoped;
import jakarta.inject.Inject;

/**
 * The signed-in person and their shops, fetched once per browser tab; {@link #refresh()} after
 * changes to memberships.
 */
@UIScoped
public class CurrentStaff implements Serializable {
    @Inject
    transient StaffBackend backend;

    private MeDto me;

    public MeDto me() {
        if (me == null) {
            me = backend.me().me();
        }
        return me;
    }

    public void refresh() {
        me = null;
    }

    public Optional<ShopMembershipDto> membership(String shopSlug) {
        return me().shops().stream().filter(s -> s.slug().equals(shopSlug)).findFirst();
    }

    /** The agency's name for titles (its slug when the backend does not know it). */
    public String agencyName(String agencySlug) {
        return me().agencyName(agencySlug);
    }

    public boolean can(String shopSlug, String permission) {
        return membership(shopSlug).map(m -> m.permissions().contains(permission)).orElse(false);
    }
}
