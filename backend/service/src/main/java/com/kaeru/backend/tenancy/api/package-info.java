/** REST resources for shops: staff ({@code /shops}) and public portal ({@code /portal/shops}). */
package com.kaeru.backend.tenancy.api;
