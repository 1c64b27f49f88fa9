package dev.dialogue.events.vocabulary;

/** The shared sector codes of bilateral cooperation, with their labels in Russian, Chinese and English. */
public enum Sector {
    ARTIFICIAL_INTELLIGENCE("Искусственный интеллект", "人工智能", "Artificial intelligence"),
    ROBOTICS("Робототехника", "机器人技术", "Robotics"),
    MICROELECTRONICS("Микроэлектроника", "微电子", "Microelectronics"),
    PHARMACEUTICALS("Фармацевтика", "制药", "Pharmaceuticals"),
    BIOTECHNOLOGY("Биотехнологии", "生物技术", "Biotechnology"),
    BIOECONOMY("Биоэкономика", "生物经济", "Bioeconomy"),
    MEDICAL_TECHNOLOGY("Медицинские технологии", "医疗技术", "Medical technology"),
    FOOD_TECH("Высокотехнологичная пищевая промышленность", "高科技食品工业", "High-tech food industry"),
    EV_MANUFACTURING("Производство электромобилей", "电动汽车制造", "Electric-vehicle manufacturing"),
    ELECTRIC_TRANSPORT("Электротранспорт", "电动交通", "Electric transport"),
    REAL_ESTATE_DEVELOPMENT("Девелопмент недвижимости", "房地产开发", "Real-estate development"),
    COSMETOLOGY("Косметология", "美容", "Cosmetology"),
    TELECOM_IT("Телекоммуникации и ИТ", "电信与信息技术", "Telecommunications and IT"),
    ENVIRONMENT("Охрана окружающей среды", "环境保护", "Environmental protection"),
    HEALTHCARE("Здравоохранение", "医疗卫生", "Healthcare"),
    EDUCATION("Образование", "教育", "Education"),
    CULTURE("Культура", "文化", "Culture"),
    TOURISM("Туризм", "旅游", "Tourism"),
    URBAN_PLANNING("Градостроительство", "城市规划", "Urban planning");

    private final LocalizedText label;

    Sector(String ru, String zh, String en) {
        this.label = new LocalizedText(ru, zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
