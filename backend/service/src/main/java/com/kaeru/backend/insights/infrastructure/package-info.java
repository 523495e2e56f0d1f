/** Documents of the insights: the report PDF (OpenPDF, charts by JFreeChart drawn as vectors). */
package com.kaeru.backend.insights.infrastructure;
