package com.kaeru.backend.carriers.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import com.kaeru.backend.carriers.domain.CarrierSettings;
import com.kaeru.backend.carriers.domain.CarrierSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** {@code carrier_settings}: one row per shop, upserted (forced RLS keeps it to the bound shop). */
@ApplicationScoped
public class SqlCarrierSettingsRepository implements CarrierSettingsRepository {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public CarrierSettings find(long shopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select default_carrier, yamato_billing_customer_code, "
                        + "yamato_freight_number, sagawa_customer_code, item_name from carrier_settings where shop_id = ?1")
                .setParameter(1, shopId).getResultList();
        return rows.stream().findFirst().map(r -> new CarrierSettings(r[0].toString(), text(r[1]),
                text(r[2]), text(r[3]), text(r[4]))).orElse(CarrierSettings.NONE);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    @Override
    public void save(long shopId, CarrierSettings s, Instant now) {
        em.createNativeQuery("insert into carrier_settings (shop_id, default_carrier, yamato_billing_customer_code, "
                        + "yamato_freight_number, sagawa_customer_code, item_name, updated_at) values (?1, ?2, "
                        + "cast(?3 as varchar), cast(?4 as varchar), cast(?5 as varchar), cast(?6 as varchar), ?7) "
                        + "on conflict (shop_id) do update set default_carrier = excluded.default_carrier, "
                        + "yamato_billing_customer_code = excluded.yamato_billing_customer_code, "
                        + "yamato_freight_number = excluded.yamato_freight_number, "
                        + "sagawa_customer_code = excluded.sagawa_customer_code, item_name = excluded.item_name, "
                        + "updated_at = excluded.updated_at")
                .setParameter(1, shopId).setParameter(2, s.defaultCarrier())
                .setParameter(3, s.yamatoBillingCustomerCode()).setParameter(4, s.yamatoFreightNumber())
                .setParameter(5, s.sagawaCustomerCode()).setParameter(6, s.itemName())
                .setParameter(7, Timestamp.from(now)).executeUpdate();
    }
}
