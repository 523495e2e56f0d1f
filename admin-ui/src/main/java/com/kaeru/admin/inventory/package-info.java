/** The Inventory screen: levels by location with SKU/name search, and the ledger of one variant. */
package com.kaeru.admin.inventory;
