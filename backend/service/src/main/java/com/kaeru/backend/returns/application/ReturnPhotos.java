package com.kaeru.backend.returns.application;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.kaeru.api.returns.PhotoDto;
import com.kaeru.backend.platform.errors.PayloadTooLargeException;
import com.kaeru.backend.platform.errors.UnsupportedMediaException;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRuleViolation;
import com.kaeru.backend.platform.media.ImageTypes;
import com.kaeru.backend.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Photos on return lines. The type is read from the file's own first bytes (the declared
 * Content-Type is not trusted), the size is capped while reading, the pixel size is read from the
 * header and capped before anything decodes the image (staff browsers do), and the same photo
 * uploaded twice is stored once. Counts are capped per line and per order (all its returns, also
 * cancelled ones until they are purged), checked under a lock on the order so that parallel
 * uploads cannot pass the cap together. A cancelled return's photos are deleted with it.
 */
@ApplicationScoped
public class ReturnPhotos {
    /** Photos on all returns of one order: five lines' worth at the per-line cap. */
    public static final int MAX_PER_ORDER = 25;

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    /** A stored image. */
    public record Image(String contentType, byte[] data) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PhotoDto add(long shopId, ReturnRequest request, long lineId, InputStream upload) {
        if (request.status().isFinal()) {
            throw new ReturnRuleViolation("problem.photo.closed", request.rmaNumber());
        }
        request.line(lineId);
        byte[] data = readCapped(upload);
        String type = sniff(data).orElseThrow(() -> new UnsupportedMediaException("problem.photo.type"));
        ImageTypes.Size size = ImageTypes.size(data).orElseThrow(() -> new UnsupportedMediaException("problem.photo.type"));
        if (!size.within(ImageTypes.PHOTO_MAX_SIDE, ImageTypes.PHOTO_MAX_PIXELS)) {
            throw new PayloadTooLargeException("problem.photo.too-many-pixels", ImageTypes.PHOTO_MAX_SIDE,
                    ImageTypes.PHOTO_MAX_PIXELS / 1_000_000);
        }
        // Uploads for one order take turns from here, so the counts below cannot be passed together.
        em.createNativeQuery("select id from customer_order where shop_id = ?1 and id = ?2 for update")
                .setParameter(1, shopId).setParameter(2, request.orderId()).getResultList();
        Object[] counts = (Object[]) em.createNativeQuery("select count(*) filter (where p.line_id = ?2), count(*) "
                        + "from return_photo p join return_request r on r.id = p.return_id "
                        + "where p.shop_id = ?1 and r.shop_id = ?1 and r.order_id = ?3")
                .setParameter(1, shopId).setParameter(2, lineId).setParameter(3, request.orderId()).getSingleResult();
        if (((Number) counts[0]).intValue() >= PhotoDto.MAX_PER_LINE) {
            throw new ReturnRuleViolation("problem.photo.too-many", PhotoDto.MAX_PER_LINE);
        }
        if (((Number) counts[1]).intValue() >= MAX_PER_ORDER) {
            throw new ReturnRuleViolation("problem.photo.order-quota", MAX_PER_ORDER);
        }
        String sha = sha256(data);
        em.createNativeQuery("insert into return_photo (shop_id, return_id, line_id, content_type, size_bytes, sha256, data) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (line_id, sha256) do nothing")
                .setParameter(1, shopId).setParameter(2, request.id()).setParameter(3, lineId).setParameter(4, type)
                .setParameter(5, data.length).setParameter(6, sha).setParameter(7, data).executeUpdate();
        return list(shopId, request.id()).stream().filter(p -> p.lineId() == lineId).reduce((a, b) -> b).orElseThrow();
    }

    /** Deletes every photo of a return (when it is cancelled: nobody will look at them); returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deleteAll(long shopId, long returnId) {
        return em.createNativeQuery("delete from return_photo where shop_id = ?1 and return_id = ?2")
                .setParameter(1, shopId).setParameter(2, returnId).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<PhotoDto> list(long shopId, long returnId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, line_id, content_type, size_bytes, uploaded_at "
                        + "from return_photo where shop_id = ?1 and return_id = ?2 order by id")
                .setParameter(1, shopId).setParameter(2, returnId).getResultList();
        return rows.stream().map(r -> new PhotoDto(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], ((Number) r[3]).intValue(), SqlValues.instant(r[4]))).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Image read(long shopId, long returnId, long photoId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select content_type, data from return_photo "
                        + "where shop_id = ?1 and return_id = ?2 and id = ?3")
                .setParameter(1, shopId).setParameter(2, returnId).setParameter(3, photoId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("problem.not-found.photo", photoId);
        }
        return new Image((String) rows.get(0)[0], (byte[]) rows.get(0)[1]);
    }

    static byte[] readCapped(InputStream upload) {
        if (upload == null) {
            throw new ReturnRuleViolation("problem.photo.empty");
        }
        try {
            byte[] data = upload.readNBytes(PhotoDto.MAX_BYTES + 1);
            if (data.length > PhotoDto.MAX_BYTES) {
                throw new PayloadTooLargeException("problem.photo.too-large", PhotoDto.MAX_BYTES / (1024 * 1024));
            }
            if (data.length == 0) {
                throw new ReturnRuleViolation("problem.photo.empty");
            }
            return data;
        } catch (IOException e) {
            throw new ReturnRuleViolation("problem.photo.empty");
        }
    }

    /** JPEG, PNG or WebP by their signatures; anything else is refused whatever it claims to be. */
    static Optional<String> sniff(byte[] d) {
        return com.kaeru.backend.platform.media.ImageTypes.sniff(d);
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
