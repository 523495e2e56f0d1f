/** The carrier settings table (V140), read and written with plain SQL under RLS. */
package com.kaeru.backend.carriers.infrastructure;
