package dev.dialogue.demo;

import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic demo people: Russian names in Cyrillic with Latin transliteration, Chinese names
 * in characters with Palladius (Russian) and pinyin transliterations, in organisations from Moscow
 * and Guangdong. The same seed gives the same forum every time.
 */
final class People {

    /** An organisation as registration takes it: names in three languages, kind, country, region. */
    record Organisation(LocalizedText name, OrganisationKind kind, String country, String region) {
    }

    /** A person to register; {@code name} as they write it, {@code transliterations} beside it. */
    record Person(String name, LocalizedText transliterations, String email, String position, Organisation organisation,
            ParticipantCategory category, List<String> languages, List<Sector> sectors, List<String> offers,
            List<String> seeks) {

        Person working(List<Sector> sectors, List<String> offers, List<String> seeks) {
            return new Person(name, transliterations, email, position, organisation, category, languages, sectors, offers,
                    seeks);
        }
    }

    private static final String[][] RUSSIAN_MEN = {{"Алексей", "Aleksei"}, {"Дмитрий", "Dmitry"}, {"Сергей", "Sergei"},
        {"Андрей", "Andrei"}, {"Михаил", "Mikhail"}, {"Иван", "Ivan"}, {"Николай", "Nikolai"}, {"Павел", "Pavel"},
        {"Артём", "Artyom"}, {"Константин", "Konstantin"}};
    private static final String[][] RUSSIAN_WOMEN = {{"Анна", "Anna"}, {"Мария", "Maria"}, {"Елена", "Elena"},
        {"Ольга", "Olga"}, {"Наталья", "Natalia"}, {"Екатерина", "Ekaterina"}, {"Татьяна", "Tatiana"}, {"Ирина", "Irina"}};
    private static final String[][] RUSSIAN_SURNAMES = {{"Иванов", "Ivanov"}, {"Смирнов", "Smirnov"},
        {"Кузнецов", "Kuznetsov"}, {"Попов", "Popov"}, {"Соколов", "Sokolov"}, {"Лебедев", "Lebedev"},
        {"Козлов", "Kozlov"}, {"Новиков", "Novikov"}, {"Морозов", "Morozov"}, {"Волков", "Volkov"}};
    private static final String[][] CHINESE_SURNAMES = {{"王", "Ван", "Wang"}, {"李", "Ли", "Li"}, {"张", "Чжан", "Zhang"},
        {"刘", "Лю", "Liu"}, {"陈", "Чэнь", "Chen"}, {"杨", "Ян", "Yang"}, {"黄", "Хуан", "Huang"}, {"赵", "Чжао", "Zhao"},
        {"吴", "У", "Wu"}, {"周", "Чжоу", "Zhou"}, {"徐", "Сюй", "Xu"}, {"孙", "Сунь", "Sun"}, {"马", "Ма", "Ma"},
        {"朱", "Чжу", "Zhu"}, {"胡", "Ху", "Hu"}, {"郭", "Го", "Guo"}, {"林", "Линь", "Lin"}, {"梁", "Лян", "Liang"}};
    private static final String[][] CHINESE_GIVEN = {{"伟", "Вэй", "Wei"}, {"芳", "Фан", "Fang"}, {"娜", "На", "Na"},
        {"敏", "Минь", "Min"}, {"静", "Цзин", "Jing"}, {"磊", "Лэй", "Lei"}, {"勇", "Юн", "Yong"}, {"军", "Цзюнь", "Jun"},
        {"杰", "Цзе", "Jie"}, {"涛", "Тао", "Tao"}, {"明", "Мин", "Ming"}, {"超", "Чао", "Chao"}, {"秀英", "Сюин", "Xiuying"},
        {"晓明", "Сяомин", "Xiaoming"}, {"志强", "Чжицян", "Zhiqiang"}, {"海燕", "Хайянь", "Haiyan"}, {"建国", "Цзяньго", "Jianguo"}};
    private static final String[][] GUANGDONG_CITIES = {{"深圳", "Шэньчжэнь", "Shenzhen"}, {"广州", "Гуанчжоу", "Guangzhou"},
        {"东莞", "Дунгуань", "Dongguan"}, {"佛山", "Фошань", "Foshan"}, {"珠海", "Чжухай", "Zhuhai"}};
    private static final String[] OFFERS_AND_SEEKS = {"INVESTMENT", "PARTNERSHIP", "SUPPLIER", "BUYER", "SEZ_SITE", "TECHNOLOGY"};

    private final Random random;
    private int serial;

    People(long seed) {
        this.random = new Random(seed);
    }

    static Organisation organisation(String ru, String zh, String en, OrganisationKind kind, String country, String region) {
        return new Organisation(LocalizedText.of(ru, zh, en), kind, country, region);
    }

    /** A Russian person of the organisation. */
    Person russian(Organisation organisation, ParticipantCategory category, String position) {
        boolean woman = random.nextBoolean();
        String[] first = pick(woman ? RUSSIAN_WOMEN : RUSSIAN_MEN);
        String[] last = pick(RUSSIAN_SURNAMES);
        String surname = woman ? last[0] + "а" : last[0];
        String latinSurname = woman ? last[1] + "a" : last[1];
        return person(first[0] + " " + surname, LocalizedText.of(null, null, first[1] + " " + latinSurname),
                first[1] + "." + latinSurname, position, organisation, category, List.of("ru", "en"));
    }

    /** A Chinese person of the organisation: surname first, as written in Chinese. */
    Person chinese(Organisation organisation, ParticipantCategory category, String position) {
        String[] surname = pick(CHINESE_SURNAMES);
        String[] given = pick(CHINESE_GIVEN);
        return person(surname[0] + given[0], LocalizedText.of(surname[1] + " " + given[1], null, surname[2] + " " + given[2]),
                given[2] + "." + surname[2], position, organisation, category,
                random.nextInt(3) == 0 ? List.of("zh", "ru") : List.of("zh", "en"));
    }

    /** A Guangdong company working in the sector. */
    Organisation guangdongCompany(Sector sector) {
        String[] city = pick(GUANGDONG_CITIES);
        int number = ++serial;
        return organisation(city[1] + " " + sector.label().ru() + " №" + number,
                city[0] + sector.label().zh() + "科技有限公司" + number,
                city[2] + " " + sector.label().en() + " Technology Co. No. " + number,
                OrganisationKind.COMPANY, "CN", "Guangdong");
    }

    /** A Moscow company working in the sector. */
    Organisation moscowCompany(Sector sector) {
        int number = ++serial;
        return organisation("ООО «Москва " + sector.label().ru() + " " + number + "»",
                "莫斯科" + sector.label().zh() + "公司" + number, "Moscow " + sector.label().en() + " LLC " + number,
                OrganisationKind.COMPANY, "RU", "Moscow");
    }

    /** One to three sectors, the given one first. */
    List<Sector> sectorsAround(Sector main) {
        List<Sector> sectors = new ArrayList<>(List.of(main));
        for (int extra = random.nextInt(3); extra > 0; extra--) {
            Sector other = pick(Sector.values());
            if (!sectors.contains(other)) {
                sectors.add(other);
            }
        }
        return sectors;
    }

    List<String> someInterests() {
        List<String> interests = new ArrayList<>();
        for (int count = 1 + random.nextInt(2); interests.size() < count; ) {
            String interest = pick(OFFERS_AND_SEEKS);
            if (!interests.contains(interest)) {
                interests.add(interest);
            }
        }
        return interests;
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private Person person(String name, LocalizedText transliterations, String mailbox, String position,
            Organisation organisation, ParticipantCategory category, List<String> languages) {
        String domain = organisation.name().en() == null ? "example.org"
                : organisation.name().en().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + ".example";
        return new Person(name, transliterations, (mailbox + "." + (++serial)).toLowerCase() + "@" + domain, position,
                organisation, category, languages, List.of(), List.of(), List.of());
    }
}
