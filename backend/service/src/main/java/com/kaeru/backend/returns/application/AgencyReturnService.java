package com.kaeru.backend.returns.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.kaeru.api.returns.AgencyReturnPageDto;
import com.kaeru.api.returns.AgencyReturnRowDto;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.orders.domain.OrderRepository;
import com.kaeru.backend.platform.persistence.ReadReplica;
import com.kaeru.backend.reasons.domain.ReturnReasonRepository;
import com.kaeru.backend.returns.domain.ReturnFilter;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The "all my shops" queue of an agency's admins. Read-only: the transaction is bound to the
 * agency's shops for reading only ({@link ShopAccess#enterAgencyForReading}), so PostgreSQL shows
 * exactly those shops' rows and refuses any write; the queries also name the shops (two walls).
 * It runs on the read-only data source ({@link ReadReplica}), a replica where one is configured.
 */
@ApplicationScoped
public class AgencyReturnService {
    @Inject
    ShopAccess access;
    @Inject
    ReturnRequestRepository returns;
    @Inject
    OrderRepository orders;
    @Inject
    ReturnReasonRepository reasons;
    @Inject
    ReturnViews views;

    Clock clock = Clock.systemUTC();

    @ReadReplica
    @Transactional
    public AgencyReturnPageDto search(String agencySlug, ReturnFilters filters, int page, int size) {
        List<Shop> shops = access.enterAgencyForReading(agencySlug);
        int pageSize = Math.max(1, Math.min(size, 200));
        int pageNo = Math.max(0, page);
        if (shops.isEmpty()) {
            filters.resolve(ZoneId.of("Asia/Tokyo"), List.of());
            return new AgencyReturnPageDto(List.of(), 0, false, pageNo, pageSize);
        }
        Map<Long, Shop> shopById = shops.stream().collect(Collectors.toMap(Shop::id, Function.identity()));
        List<Long> shopIds = List.copyOf(shopById.keySet());
        ReturnFilter filter = filters.resolve(commonZone(shops), reasons.findActive(shopIds));
        Instant now = clock.instant();
        List<ReturnRequest> found = returns.search(shopIds, filter, now, pageNo * pageSize, pageSize);
        Map<Long, CustomerOrder> orderById = orders.findByIds(shopIds, found.stream().map(ReturnRequest::orderId).toList());
        List<AgencyReturnRowDto> rows = found.stream().map(r -> {
            Shop shop = shopById.get(r.shopId());
            return new AgencyReturnRowDto(shop.slug().value(), shop.name(),
                    views.summary(r, orderById.get(r.orderId()), true, now));
        }).toList();
        long total = returns.count(shopIds, filter, now, StaffReturnService.COUNT_LIMIT);
        return new AgencyReturnPageDto(rows, Math.min(total, StaffReturnService.COUNT_LIMIT),
                total > StaffReturnService.COUNT_LIMIT, pageNo, pageSize);
    }

    /** Calendar days of a date filter are those of the time zone most of the agency's shops use. */
    static ZoneId commonZone(List<Shop> shops) {
        return shops.stream().collect(Collectors.groupingBy(Shop::timeZone, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.<ZoneId, Long>comparingByValue().thenComparing(e -> e.getKey().getId(),
                        Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElseThrow();
    }
}
