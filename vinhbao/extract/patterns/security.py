"""Defence and public security of body 2.3: conscription, drills, ID cards, fire safety."""

from __future__ import annotations

from ..facts import Pattern

T = "security"
# fmt: off
PATTERNS: tuple[Pattern, ...] = (
    Pattern(T, "conscripts", "body 2.3",
            "Lễ giao, nhận quân ~ ({count|công dân} công dân, trong đó nghĩa vụ quân sự "
            "{military_conscripts:count|công dân} công dân, nghĩa vụ Công an nhân dân "
            "{police_conscripts:count|công dân} công dân)",
            "Công dân nhập ngũ (giao, nhận quân)", "Citizens enlisted (military and police)"),
    Pattern(T, "combat_drill_communes", "body 2.3",
            "hướng dẫn {count|xã} xã diễn tập chiến đấu",
            "Xã diễn tập chiến đấu trong khu vực phòng thủ", "Communes holding combat drills"),
    Pattern(T, "online_posts", "body 2.3",
            "đăng {count|lượt bài} lượt bài, chia sẻ {online_shares:count|lượt} lượt "
            "trên các trang mạng",
            "Bài đăng, lượt chia sẻ trên mạng (Đề án phòng, chống “Diễn biến hòa bình”)",
            "Posts and shares online (counter 'peaceful evolution' scheme)"),
    Pattern(T, "chip_id_cards", "body 2.3",
            "căn cước công dân gắn chip điện tử cho {count|trường hợp} trường hợp",
            "Căn cước công dân gắn chip", "Chip-based citizen ID cards issued"),
    Pattern(T, "electronic_id_activation", "body 2.3",
            "đã hoàn thành {pct_of_plan|%}% chỉ tiêu kích hoạt định danh điện tử",
            "Kích hoạt định danh điện tử", "Electronic ID activations against the quota"),
    Pattern(T, "public_firefighting_points", "body 2.3",
            "xây dựng được {count|mô hình} mô hình điểm chữa cháy công cộng, "
            "{fire_safe_neighbour_groups:count|mô hình} mô hình tổ liên gia an toàn",
            "Mô hình điểm chữa cháy công cộng; tổ liên gia an toàn PCCC",
            "Public firefighting points; fire-safe neighbour groups"),
    Pattern(T, "fire_safety_pledges", "body 2.3",
            "Vận động trên {count|hộ} hộ kinh doanh ký cam kết an toàn phòng cháy",
            "Hộ kinh doanh ký cam kết an toàn PCCC", "Businesses signing fire-safety pledges"),
    Pattern(T, "fire_alarm_app_users", "body 2.3",
            "trên {count|người} người dân cài đặt, sử dụng App",
            "Người dân cài đặt App “Báo cháy 114”", "Residents using the fire-alarm app"),
)
# fmt: on
