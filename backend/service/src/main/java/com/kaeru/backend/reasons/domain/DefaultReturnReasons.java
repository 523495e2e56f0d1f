package com.kaeru.backend.reasons.domain;

import java.util.List;

/** The reason tree every new shop starts with; managers adapt it later. */
public final class DefaultReturnReasons {
    private DefaultReturnReasons() {
    }

    public static List<ReturnReason> forShop(long shopId) {
        return List.of(
                new ReturnReason(shopId, "SIZE", null, "サイズが合わない", "Size did not fit", 10),
                new ReturnReason(shopId, "SIZE_TOO_SMALL", "SIZE", "小さすぎる", "Too small", 11),
                new ReturnReason(shopId, "SIZE_TOO_LARGE", "SIZE", "大きすぎる", "Too large", 12),
                new ReturnReason(shopId, "NOT_AS_PICTURED", null, "イメージと違う", "Not as pictured", 20),
                new ReturnReason(shopId, "COLOR_DIFFERENT", "NOT_AS_PICTURED", "色がイメージと違う",
                        "Colour differs from the picture", 21),
                new ReturnReason(shopId, "MATERIAL_DIFFERENT", "NOT_AS_PICTURED", "素材・質感がイメージと違う",
                        "Material or feel differs", 22),
                new ReturnReason(shopId, "DEFECTIVE", null, "不良・破損", "Defective or damaged", 30)
                        .markShopFault(true),
                new ReturnReason(shopId, "WRONG_ITEM", null, "注文と違う商品が届いた", "Wrong item delivered", 40)
                        .markShopFault(true),
                new ReturnReason(shopId, "CHANGED_MIND", null, "不要になった", "No longer needed", 50),
                new ReturnReason(shopId, "OTHER", null, "その他", "Other", 90));
    }
}
