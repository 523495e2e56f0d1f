package com.kaeru.admin.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.kaeru.api.problem.Problem;
import com.kaeru.api.shops.ShopDto;
import com.kaeru.api.team.AgencyApi;
import com.kaeru.api.team.InvitationDto;
import com.kaeru.api.team.InvitationRequest;
import com.kaeru.api.team.NewShopRequest;
import com.kaeru.api.team.RoleChange;
import com.kaeru.api.team.TeamApi;
import com.kaeru.api.team.TeamMemberDto;
import com.kaeru.client.ApiProblemException;

/**
 * An in-memory team and agency backend with the backend's main refusals: a person already in the
 * team (409), the last manager stepping down (409), a shop where the caller may not manage the
 * team (403), a taken or malformed shop address (409 / 400 with a field error).
 */
public class FakeTeam implements TeamApi, AgencyApi, com.kaeru.api.returns.AgencyReturnsApi {
    public final Map<String, TeamMemberDto> members = new LinkedHashMap<>();
    public final List<ShopDto> shops = new ArrayList<>();
    public final List<String> calls = new ArrayList<>();
    /** The agency queue's rows, newest first. */
    public final List<com.kaeru.api.returns.AgencyReturnRowDto> agencyReturns = new ArrayList<>();
    /** Shops whose team the caller may manage; others answer 403. */
    public final List<String> manageable = new ArrayList<>(List.of(Console.SHOP));
    /** Agencies the caller administers; others answer 403. */
    public final List<String> agencies = new ArrayList<>();
    /** Whether Keycloak "sends" the invitation e-mail; false gives a one-time password. */
    public boolean mailWorks = true;
    private final String me;
    private int next = 1;

    public FakeTeam(String me) {
        this.me = me;
    }

    public TeamMemberDto add(String username, String first, String last, String role) {
        TeamMemberDto member = new TeamMemberDto("id-" + username, username, username + "@example.jp", first, last,
                role, username.equals(me));
        members.put(member.id(), member);
        return member;
    }

    private void requireTeam(String slug) {
        if (!manageable.contains(slug)) {
            throw FakeReturns.problem(403, "ショップ「" + slug + "」でのこの操作は権限で許可されていません（MANAGE_TEAM）。");
        }
    }

    @Override
    public List<TeamMemberDto> list(String slug) {
        requireTeam(slug);
        calls.add("list " + slug);
        return List.copyOf(members.values());
    }

    @Override
    public InvitationDto invite(String slug, InvitationRequest invitation) {
        requireTeam(slug);
        calls.add("invite " + invitation.email + " " + invitation.role);
        if (invitation.email == null || !invitation.email.contains("@")) {
            throw new ApiProblemException(new Problem("https://kaeru.app/problems/validation", "Bad request", 400,
                    "入力内容に 1 件の誤りがあります。", null,
                    List.of(new Problem.FieldError("email", "メールアドレスの形式が正しくありません"))));
        }
        members.values().stream().filter(m -> m.email().equalsIgnoreCase(invitation.email)).findFirst()
                .ifPresent(m -> {
                    throw FakeReturns.problem(409, invitation.email + " はショップ「" + slug + "」ですでに権限（"
                            + m.role() + "）を持っています。変更する場合は権限を変更してください。");
                });
        if (!mailWorks) {
            throw FakeReturns.problem(503, invitation.email + " への招待メールを送信できませんでした（認証サービスのメール設定を確認してください）。"
                    + "誰も追加されていません。しばらくしてからもう一度お試しください。");
        }
        TeamMemberDto member = new TeamMemberDto("new-" + next++, invitation.email, invitation.email,
                invitation.firstName, invitation.lastName, invitation.role, false);
        members.put(member.id(), member);
        return new InvitationDto(member, true, true);
    }

    @Override
    public TeamMemberDto changeRole(String slug, String userId, RoleChange change) {
        requireTeam(slug);
        calls.add("role " + userId + " " + change.role);
        TeamMemberDto member = existing(userId);
        refuseLastManager(member, change.role);
        TeamMemberDto changed = new TeamMemberDto(member.id(), member.username(), member.email(), member.firstName(),
                member.lastName(), change.role, member.you());
        members.put(userId, changed);
        return changed;
    }

    @Override
    public void remove(String slug, String userId) {
        requireTeam(slug);
        calls.add("remove " + userId);
        refuseLastManager(existing(userId), null);
        members.remove(userId);
    }

    private TeamMemberDto existing(String userId) {
        TeamMemberDto member = members.get(userId);
        if (member == null) {
            throw FakeReturns.problem(404, "ユーザー " + userId + " はこのショップの権限を持っていません。");
        }
        return member;
    }

    private void refuseLastManager(TeamMemberDto member, String newRole) {
        long managers = members.values().stream().filter(m -> "MANAGER".equals(m.role())).count();
        if (member.you() && "MANAGER".equals(member.role()) && !"MANAGER".equals(newRole) && managers <= 1) {
            throw FakeReturns.problem(409, "あなたはショップ「sakura-apparel」の最後のマネージャーです。先に別のマネージャーを任命してください。");
        }
    }

    /** Filters like the backend: statuses (comma-separated) and a search in RMA, order number and name. */
    @Override
    public com.kaeru.api.returns.AgencyReturnPageDto search(String agency, String status, String query,
                                                            boolean overdueOnly, String reason, String resolution,
                                                            String returnMethod, String from, String to,
                                                            String dateField, int page, int size) {
        requireAgency(agency);
        calls.add("agency-returns " + agency + " status=" + status + " q=" + query + " page=" + page);
        List<com.kaeru.api.returns.AgencyReturnRowDto> matching = agencyReturns.stream()
                .filter(r -> status == null || List.of(status.split(",")).contains(r.returnSummary().status()))
                .filter(r -> query == null || r.returnSummary().rmaNumber().equals(query)
                        || r.returnSummary().orderNumber().equals(query) || r.returnSummary().customerName().contains(query))
                .toList();
        int fromIndex = Math.min(matching.size(), page * size);
        return new com.kaeru.api.returns.AgencyReturnPageDto(
                matching.subList(fromIndex, Math.min(matching.size(), fromIndex + size)), matching.size(), false,
                page, size);
    }

    @Override
    public List<ShopDto> shops(String agency) {
        requireAgency(agency);
        return List.copyOf(shops);
    }

    @Override
    public ShopDto create(String agency, NewShopRequest request) {
        requireAgency(agency);
        calls.add("create " + request.slug + " " + request.name + " " + request.defaultLanguage + " "
                + request.timeZone + " " + request.currency + " " + request.brandColor);
        if (!request.slug.matches("[a-z0-9](?:-?[a-z0-9])+")) {
            throw new ApiProblemException(new Problem("https://kaeru.app/problems/validation", "Bad request", 400,
                    "入力内容に 1 件の誤りがあります。", null,
                    List.of(new Problem.FieldError("slug", "英小文字・数字・ハイフン（連続不可）で 2〜63 文字にしてください"))));
        }
        if (shops.stream().anyMatch(s -> s.slug().equals(request.slug))) {
            throw FakeReturns.problem(409, "ショップのアドレス「" + request.slug + "」はすでに使われています。");
        }
        ShopDto shop = new ShopDto(request.slug, request.name, agency, request.defaultLanguage, List.of("ja", "en"),
                request.timeZone, request.currency, request.brandColor, null);
        shops.add(shop);
        return shop;
    }

    private void requireAgency(String agency) {
        if (!agencies.contains(agency)) {
            throw FakeReturns.problem(403, "運営代行「" + agency + "」の管理者ではありません。");
        }
    }
}
