/** Reading and replacing a shop's policy. */
package com.kaeru.backend.policy.application;
